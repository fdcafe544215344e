import { createPerson } from '../factories/people';
import { createPrivacyRequest } from '../factories/privacy';
import { demo } from '../support/app';
import { only, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

/** GDPR requests: the coordinator's and the admin's alone; anyone else is refused, whatever the request. */
export const privacyFixtures: FixtureBuilder = async (t, f) => {
  const coord = await t.as(demo.coordinator);
  const someone = await createPerson(coord, { firstName: 'Effaçable', email: 'effacable@example.org' });
  f.erasureRequest = (await createPrivacyRequest(coord, someone.id, 'erasure')).id;
  f.accessRequest = (await createPrivacyRequest(coord, someone.id, 'access')).id;
  f.privacyPerson = someone.id;
};

const coordinatorOnly = only('admin', 'coordinator');

export const privacyRoutes: RouteCases = {
  'GET /api/privacy/requests': {
    allowed: coordinatorOnly,
    scoped: (items, _actor, f) => expect(items.map((i) => i.id)).toEqual(expect.arrayContaining([f.erasureRequest])),
  },
  'POST /api/privacy/requests': {
    allowed: coordinatorOnly,
    body: (f) => ({ personId: f.privacyPerson, kind: 'portability' }),
  },
  'GET /api/privacy/requests/:id/export': {
    allowed: coordinatorOnly,
    url: (f) => `/api/privacy/requests/${f.accessRequest}/export`,
  },
  // The admin erases; the coordinator, after, finds it done (409): both get past the permission check.
  'POST /api/privacy/requests/:id/erase': {
    allowed: coordinatorOnly,
    url: (f) => `/api/privacy/requests/${f.erasureRequest}/erase`,
  },
};

export const privacyWrites: WriteCases = {
  'POST /api/privacy/requests': { none: 'coordinator and admin only, about anyone' },
  'POST /api/privacy/requests/:id/erase': { none: 'coordinator and admin only, on any request' },
};
