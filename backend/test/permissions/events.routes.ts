import { only, SIGNED_IN, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

const MANAGERS = only('admin', 'coordinator', 'wgLead');
/** Everyone signed in but the volunteer, who reads only their own groups' (the contractor is a member of Technique). */
const READERS = only('admin', 'coordinator', 'copil', 'otherCopil', 'comms', 'wgLead', 'treasurer', 'contractor');
const OWN_EVENT = 'Formation matrice (Technique)';
const OTHER_EVENT = 'Formation matrice (Partenariat)';
const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * The wgLead actor leads Technique; the volunteer belongs to Communication and Sources. `ownEvent` (Technique, open
 * for registration, one person registered) and `ownKit` are Technique's; `otherEvent` belongs to Partenariat.
 */
export const eventsFixtures: FixtureBuilder = async (t, f) => {
  [{ id: f.techniqueGroup }] = await t.db.query(`SELECT id FROM working_groups WHERE name = 'Technique'`);
  [{ id: f.partnershipGroup }] = await t.db.query(`SELECT id FROM working_groups WHERE name = 'Partenariat'`);
  const event = async (title: string, group: string) =>
    (
      await t.db.query(
        `INSERT INTO training_events (title, kind, mode, audience, starts_at, ends_at, capacity, group_id, registration_open)
         VALUES ($1, 'training', 'remote', 'source', $2, $3, 10, $4, true) RETURNING id`,
        [title, soon(20), soon(20.05), group],
      )
    )[0].id as string;
  f.ownEvent = await event(OWN_EVENT, f.techniqueGroup);
  f.otherEvent = await event(OTHER_EVENT, f.partnershipGroup);
  const [{ id: person }] = await t.db.query(`SELECT id FROM people WHERE email = 'copil.colibris@maillage.test'`);
  f.eventPerson = person;
  const registration = async (eventId: string, token: string) =>
    (
      await t.db.query(
        `INSERT INTO event_registrations (event_id, person_id, status, cancel_token, locale)
         VALUES ($1, $2, 'confirmed', $3, 'fr') RETURNING id`,
        [eventId, person, token],
      )
    )[0].id as string;
  f.ownRegistration = await registration(f.ownEvent, 'matrix-own');
  f.otherRegistration = await registration(f.otherEvent, 'matrix-other');
  [{ id: f.ownKit }] = await t.db.query(
    `INSERT INTO kits (title, audience, group_id, version, published_on) VALUES ('Kit matrice', 'source', $1, '1.0', '2026-11-02') RETURNING id`,
    [f.techniqueGroup],
  );
};

const newEvent = (group: string) => ({
  title: 'Formation créée par la matrice',
  kind: 'training',
  mode: 'remote',
  audience: 'ambassador',
  startsAt: soon(30),
  endsAt: soon(30.05),
  capacity: 12,
  groupId: group,
});

export const eventsRoutes: RouteCases = {
  'GET /api/events': {
    allowed: SIGNED_IN,
    // Volunteers and contractors: their groups' events only (the contractor is a member of Technique).
    scoped: (items, actor) => {
      const titles = items.map((e) => e.title);
      if (actor === 'volunteer') expect(titles).not.toContain(OWN_EVENT);
      else expect(titles).toContain(OWN_EVENT);
      if (actor === 'volunteer' || actor === 'contractor') expect(titles).not.toContain(OTHER_EVENT);
      else expect(titles).toContain(OTHER_EVENT);
    },
  },
  'GET /api/events/gathering-cadence': { allowed: MANAGERS },
  'GET /api/events/attendance': {
    allowed: MANAGERS,
    url: (f) => `/api/events/attendance?personId=${f.eventPerson}`,
  },
  'GET /api/events/:id': { allowed: READERS, url: (f) => `/api/events/${f.ownEvent}` },
  'POST /api/events': { allowed: MANAGERS, body: (f) => newEvent(f.techniqueGroup) },
  'PATCH /api/events/:id': {
    allowed: MANAGERS,
    url: (f) => `/api/events/${f.ownEvent}`,
    body: () => ({ trainer: 'Léa Martin' }),
  },
  'GET /api/events/:id/registrations': { allowed: MANAGERS, url: (f) => `/api/events/${f.ownEvent}/registrations` },
  'PATCH /api/events/:id/registrations/:registrationId': {
    allowed: MANAGERS,
    url: (f) => `/api/events/${f.ownEvent}/registrations/${f.ownRegistration}`,
    body: () => ({ attended: true }),
  },
  'GET /api/kits': { allowed: SIGNED_IN },
  'POST /api/kits': {
    allowed: MANAGERS,
    body: (f) => ({
      title: 'Kit créé par la matrice',
      audience: 'public',
      groupId: f.techniqueGroup,
      version: '1',
      publishedOn: '2026-12-01',
    }),
  },
  'PATCH /api/kits/:id': { allowed: MANAGERS, url: (f) => `/api/kits/${f.ownKit}`, body: () => ({ version: '1.1' }) },
  'GET /api/public/events/:id': {
    allowed: ['anonymous', ...SIGNED_IN],
    url: (f) => `/api/public/events/${f.ownEvent}`,
  },
  // The honeypot is filled: accepted (202) and dropped, so the matrix registers nobody.
  'POST /api/public/events/:id/registrations': {
    allowed: ['anonymous', ...SIGNED_IN],
    url: (f) => `/api/public/events/${f.ownEvent}/registrations`,
    body: () => ({
      firstName: 'Robot',
      lastName: 'Matrice',
      email: 'robot@example.org',
      website: 'http://spam.example',
    }),
  },
  // An unknown token: a 400 naming the field, for everyone alike.
  'POST /api/public/events/cancel': { allowed: ['anonymous', ...SIGNED_IN], body: () => ({ token: 'not-a-token' }) },
};

/** A group's referent manages their group's kits and events, and only those, whatever the URL or body names. */
export const eventsWrites: WriteCases = {
  'POST /api/events': [
    {
      actor: 'wgLead',
      tries: 'create an event for a group they do not lead',
      body: (f) => newEvent(f.partnershipGroup),
    },
  ],
  'PATCH /api/events/:id': [
    {
      actor: 'wgLead',
      tries: 'edit another group’s event',
      url: (f) => `/api/events/${f.otherEvent}`,
      body: () => ({ capacity: 50 }),
    },
    {
      actor: 'wgLead',
      tries: 'hand their event over to a group they do not lead',
      url: (f) => `/api/events/${f.ownEvent}`,
      body: (f) => ({ groupId: f.partnershipGroup }),
    },
  ],
  'PATCH /api/events/:id/registrations/:registrationId': [
    {
      actor: 'wgLead',
      tries: 'record attendance at another group’s event',
      url: (f) => `/api/events/${f.otherEvent}/registrations/${f.otherRegistration}`,
      body: () => ({ attended: true }),
    },
  ],
  'POST /api/kits': [
    {
      actor: 'wgLead',
      tries: 'create a kit for a group they do not lead',
      body: (f) => ({
        title: 'Kit',
        audience: 'public',
        groupId: f.partnershipGroup,
        version: '1',
        publishedOn: '2026-12-01',
      }),
    },
  ],
  'PATCH /api/kits/:id': [
    {
      actor: 'wgLead',
      tries: 'hand their kit over to a group they do not lead',
      url: (f) => `/api/kits/${f.ownKit}`,
      body: (f) => ({ groupId: f.partnershipGroup }),
    },
  ],
  'POST /api/public/events/:id/registrations': { none: 'the public form names only an open event and the visitor' },
  'POST /api/public/events/cancel': { none: 'the link’s secret token is the only thing it names' },
};
