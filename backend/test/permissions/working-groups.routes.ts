import { only, SIGNED_IN, type FixtureBuilder, type RouteCases } from './matrix';

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;
const LEADS = only('admin', 'coordinator', 'wgLead');

/** The wgLead actor leads Technique; the volunteer actor belongs to Communication and Sources. */
export const workingGroupsFixtures: FixtureBuilder = async (t, f) => {
  const group = async (name: string) => (await t.db.query('SELECT id FROM working_groups WHERE name = $1', [name]))[0].id as string;
  f.ownGroup = await group('Technique');
  f.otherGroup = await group('Sources');
  f.foreignGroup = await group('Partenariat');
  [{ id: f.techTerm }] = await t.db.query(`SELECT t.id FROM working_group_members t WHERE t.group_id = $1 AND t.role = 'member'`, [f.ownGroup]);
  [{ id: f.techEntry, person_id: f.techVolunteer }] = await t.db.query(
    `SELECT v.id, v.person_id FROM working_group_volunteers v JOIN people p ON p.id = v.person_id WHERE v.group_id = $1 AND p.last_name = 'Garnier'`,
    [f.ownGroup],
  );
};

export const workingGroupsRoutes: RouteCases = {
  'GET /api/working-groups': {
    allowed: SIGNED_IN,
    // A volunteer sees only the groups they belong to; everyone else, all of them (the matrix adds some as it runs).
    scoped: (items, actor) => {
      if (actor === 'volunteer') expect(items.map((g) => g.name).sort()).toEqual(['Communication', 'Sources']);
      else expect(items.length).toBeGreaterThanOrEqual(6);
    },
  },
  'GET /api/working-groups/:id': {
    allowed: only('admin', 'coordinator', 'copil', 'otherCopil', 'comms', 'wgLead', 'contractor'),
    url: (f) => `/api/working-groups/${f.ownGroup}`,
  },
  'POST /api/working-groups': { allowed: only('admin', 'coordinator'), body: () => ({ name: `Groupe ${unique()}` }) },
  'PATCH /api/working-groups/:id': { allowed: LEADS, url: (f) => `/api/working-groups/${f.ownGroup}`, body: () => ({ meetingRhythm: 'Un mardi sur deux, 18 h 30' }) },
  'GET /api/working-groups/:id/members.csv': { allowed: LEADS, url: (f) => `/api/working-groups/${f.ownGroup}/members.csv` },
  'POST /api/working-groups/:id/members': {
    allowed: LEADS,
    url: (f) => `/api/working-groups/${f.ownGroup}/members`,
    body: (f) => ({ personId: f.person, role: 'member' }),
  },
  'PATCH /api/working-groups/:id/members/:termId': {
    allowed: LEADS,
    url: (f) => `/api/working-groups/${f.ownGroup}/members/${f.techTerm}`,
    body: () => ({ startedOn: '2023-09-12' }),
  },
  // Nobody among the actors is in Partenariat: every signed-in caller gets through to a 409.
  'POST /api/working-groups/:id/leave': { allowed: SIGNED_IN, url: (f) => `/api/working-groups/${f.foreignGroup}/leave` },
  'GET /api/working-groups/:id/volunteers': { allowed: LEADS, url: (f) => `/api/working-groups/${f.ownGroup}/volunteers` },
  'POST /api/working-groups/:id/volunteers': { allowed: LEADS, url: (f) => `/api/working-groups/${f.ownGroup}/volunteers`, body: (f) => ({ personId: f.person }) },
  'POST /api/working-groups/:id/volunteers/:entryId/stage': {
    allowed: LEADS,
    url: (f) => `/api/working-groups/${f.ownGroup}/volunteers/${f.techEntry}/stage`,
    body: () => ({ stage: 'welcomed' }),
  },
  'GET /api/volunteers/:personId': { allowed: LEADS, url: (f) => `/api/volunteers/${f.techVolunteer}` },
  'PATCH /api/volunteers/:personId': { allowed: LEADS, url: (f) => `/api/volunteers/${f.techVolunteer}`, body: () => ({ territory: 'Rennes' }) },
  'POST /api/volunteers/:personId/time': {
    allowed: LEADS,
    url: (f) => `/api/volunteers/${f.techVolunteer}/time`,
    body: (f) => ({ groupId: f.ownGroup, periodStart: '2026-03-01', periodEnd: '2026-03-31', quantity: 6, unit: 'hours' }),
  },
  'GET /api/public/volunteer-signup': { allowed: ['anonymous', ...SIGNED_IN] },
  // The honeypot is filled: accepted (202) and dropped, so the matrix leaves no volunteer behind.
  'POST /api/public/volunteer-signup': {
    allowed: ['anonymous', ...SIGNED_IN],
    body: (f) => ({ groupId: f.ownGroup, firstName: 'Robot', lastName: 'Matrice', email: 'robot@example.org', consentVersion: '2026-01', consent: true, website: 'http://spam.example' }),
  },
};
