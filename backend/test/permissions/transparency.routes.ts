import { demo } from '../support/app';
import { ACTORS, only, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

const COORDINATORS = only('admin', 'coordinator');

/** The page turned on, the funding matrix's granted grant and the splits matrix's approved split published. */
export const transparencyFixtures: FixtureBuilder = async (t, f) => {
  const coord = await t.as(demo.coordinator);
  await coord.put('/api/transparency/settings', { enabled: true }).expect(200);
  await coord.put(`/api/grants/${f.grant}/published`, { published: true }).expect(200);
  await coord.put(`/api/splits/${f.approvedSplit}/published`, { published: true }).expect(200);
};

export const transparencyRoutes: RouteCases = {
  'GET /api/transparency/settings': { allowed: COORDINATORS },
  'PUT /api/transparency/settings': { allowed: COORDINATORS, body: () => ({ enabled: true }) },
  'PUT /api/grants/:id/published': {
    allowed: COORDINATORS,
    url: (f) => `/api/grants/${f.grant}/published`,
    body: () => ({ published: true }),
  },
  'PUT /api/splits/:id/published': {
    allowed: COORDINATORS,
    url: (f) => `/api/splits/${f.approvedSplit}/published`,
    body: () => ({ published: true }),
  },
  // Public, without an account: what is published only (transparency.e2e-spec.ts).
  'GET /api/transparency/public': { allowed: ACTORS },
  'GET /api/transparency/public.csv': { allowed: ACTORS },
};

const coordinators = { none: 'the coordinator and the admin only, on any grant, split or the one setting' };
export const transparencyWrites: WriteCases = {
  'PUT /api/transparency/settings': coordinators,
  'PUT /api/grants/:id/published': coordinators,
  'PUT /api/splits/:id/published': coordinators,
};
