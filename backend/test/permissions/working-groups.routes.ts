import { workingGroupId } from '../factories/working-groups';
import { only, SIGNED_IN, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;
const LEADS = only('admin', 'coordinator', 'wgLead');

/** The wgLead actor leads Technique; the volunteer actor belongs to Communication and Sources. */
export const workingGroupsFixtures: FixtureBuilder = async (t, f) => {
  f.ownGroup = await workingGroupId(t, 'Technique');
  f.otherGroup = await workingGroupId(t, 'Sources');
  f.foreignGroup = await workingGroupId(t, 'Partenariat');
  [{ id: f.techTerm }] = await t.db.query(
    `SELECT t.id FROM working_group_members t WHERE t.group_id = $1 AND t.role = 'member'`,
    [f.ownGroup],
  );
  [{ id: f.techEntry, person_id: f.techVolunteer }] = await t.db.query(
    `SELECT v.id, v.person_id FROM working_group_volunteers v JOIN people p ON p.id = v.person_id WHERE v.group_id = $1 AND p.last_name = 'Garnier'`,
    [f.ownGroup],
  );
  // A volunteer who belongs to an organisation (Colibris), whose time credits it.
  [{ person_id: f.creditedVolunteer, group_id: f.creditedGroup }] = await t.db.query(
    `SELECT v.person_id, v.group_id FROM working_group_volunteers v JOIN people p ON p.id = v.person_id WHERE p.last_name = 'Olivier'`,
  );
  [{ person_id: f.wgLeadPerson }] = await t.db.query(
    `SELECT person_id FROM accounts WHERE email = 'referente.technique@maillage.test'`,
  );
  // What the wgLead actor must not touch: a term and a volunteer of Sources, a group they do not lead.
  [{ id: f.otherTerm }] = await t.db.query(`SELECT t.id FROM working_group_members t WHERE t.group_id = $1 LIMIT 1`, [
    f.otherGroup,
  ]);
  [{ id: f.otherEntry, person_id: f.otherVolunteer }] = await t.db.query(
    `SELECT v.id, v.person_id FROM working_group_volunteers v JOIN people p ON p.id = v.person_id WHERE v.group_id = $1 AND p.last_name = 'Rolland'`,
    [f.otherGroup],
  );
};

export const workingGroupsRoutes: RouteCases = {
  'GET /api/working-groups': {
    allowed: SIGNED_IN,
    // A volunteer sees only the groups they belong to; everyone else, all of them (the matrix adds some as it runs).
    scoped: (items, actor) => {
      if (actor === 'volunteer') expect(items.map((g) => g.name).sort()).toEqual(['Communication', 'Sources']);
      else if (actor === 'treasurer') expect(items).toEqual([]);
      else expect(items.length).toBeGreaterThanOrEqual(6);
    },
  },
  'GET /api/working-groups/export': { allowed: SIGNED_IN },
  'GET /api/working-groups/:id': {
    allowed: only('admin', 'coordinator', 'copil', 'otherCopil', 'comms', 'wgLead', 'contractor'),
    url: (f) => `/api/working-groups/${f.ownGroup}`,
  },
  'POST /api/working-groups': { allowed: only('admin', 'coordinator'), body: () => ({ name: `Groupe ${unique()}` }) },
  'PATCH /api/working-groups/:id': {
    allowed: LEADS,
    url: (f) => `/api/working-groups/${f.ownGroup}`,
    body: () => ({ meetingRhythm: 'Un mardi sur deux, 18 h 30' }),
  },
  'GET /api/working-groups/:id/members.csv': {
    allowed: LEADS,
    url: (f) => `/api/working-groups/${f.ownGroup}/members.csv`,
  },
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
  'POST /api/working-groups/:id/leave': {
    allowed: SIGNED_IN,
    url: (f) => `/api/working-groups/${f.foreignGroup}/leave`,
  },
  'GET /api/working-groups/:id/volunteers': {
    allowed: LEADS,
    url: (f) => `/api/working-groups/${f.ownGroup}/volunteers`,
  },
  'GET /api/working-groups/:id/volunteers/export': {
    allowed: LEADS,
    url: (f) => `/api/working-groups/${f.ownGroup}/volunteers/export`,
  },
  'POST /api/working-groups/:id/volunteers': {
    allowed: LEADS,
    url: (f) => `/api/working-groups/${f.ownGroup}/volunteers`,
    body: (f) => ({ personId: f.person }),
  },
  'POST /api/working-groups/:id/volunteers/:entryId/stage': {
    allowed: LEADS,
    url: (f) => `/api/working-groups/${f.ownGroup}/volunteers/${f.techEntry}/stage`,
    body: () => ({ stage: 'welcomed' }),
  },
  'GET /api/volunteers/:personId': { allowed: LEADS, url: (f) => `/api/volunteers/${f.techVolunteer}` },
  'PATCH /api/volunteers/:personId': {
    allowed: LEADS,
    url: (f) => `/api/volunteers/${f.techVolunteer}`,
    body: () => ({ territory: 'Rennes' }),
  },
  'POST /api/volunteers/:personId/time': {
    allowed: LEADS,
    url: (f) => `/api/volunteers/${f.techVolunteer}/time`,
    body: (f) => ({
      groupId: f.ownGroup,
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      quantity: 6,
      unit: 'hours',
    }),
  },
  'GET /api/public/volunteer-signup': { allowed: ['anonymous', ...SIGNED_IN] },
  // The honeypot is filled: accepted (202) and dropped, so the matrix leaves no volunteer behind.
  'POST /api/public/volunteer-signup': {
    allowed: ['anonymous', ...SIGNED_IN],
    body: (f) => ({
      groupId: f.ownGroup,
      firstName: 'Robot',
      lastName: 'Matrice',
      email: 'robot@example.org',
      consentVersion: '2026-01',
      consent: true,
      website: 'http://spam.example',
    }),
  },
};

const staffOnly = { none: 'the coordinator and admin only, who may name any group and person' };

/** A working-group lead reaches only the groups they lead, whatever the URL or the body names. */
export const workingGroupsWrites: WriteCases = {
  'POST /api/working-groups': staffOnly,
  'PATCH /api/working-groups/:id': [
    {
      actor: 'wgLead',
      tries: 'change the settings of a group they do not lead',
      url: (f) => `/api/working-groups/${f.otherGroup}`,
      body: () => ({ meetingRhythm: 'Jamais' }),
    },
  ],
  'POST /api/working-groups/:id/members': [
    {
      actor: 'wgLead',
      tries: 'add a member to a group they do not lead',
      url: (f) => `/api/working-groups/${f.otherGroup}/members`,
      body: (f) => ({ personId: f.person, role: 'member' }),
    },
    {
      actor: 'wgLead',
      tries: 'name themselves referent of a group they do not lead',
      url: (f) => `/api/working-groups/${f.otherGroup}/members`,
      body: (f) => ({ personId: f.wgLeadPerson, role: 'referent' }),
    },
  ],
  'PATCH /api/working-groups/:id/members/:termId': [
    {
      actor: 'wgLead',
      tries: 'end a term of a group they do not lead',
      url: (f) => `/api/working-groups/${f.otherGroup}/members/${f.otherTerm}`,
      body: () => ({ endedOn: '2026-01-01' }),
    },
    {
      actor: 'wgLead',
      tries: "end another group's term through their own group's URL",
      status: 404,
      url: (f) => `/api/working-groups/${f.ownGroup}/members/${f.otherTerm}`,
      body: () => ({ endedOn: '2026-01-01' }),
    },
  ],
  'POST /api/working-groups/:id/leave': { none: "acts on the caller's own place in the group only" },
  'POST /api/working-groups/:id/volunteers': [
    {
      actor: 'wgLead',
      tries: 'put someone in the pipeline of a group they do not lead',
      url: (f) => `/api/working-groups/${f.otherGroup}/volunteers`,
      body: (f) => ({ personId: f.person }),
    },
  ],
  'POST /api/working-groups/:id/volunteers/:entryId/stage': [
    {
      actor: 'wgLead',
      tries: 'move a volunteer of a group they do not lead',
      url: (f) => `/api/working-groups/${f.otherGroup}/volunteers/${f.otherEntry}/stage`,
      body: () => ({ stage: 'active' }),
    },
    {
      actor: 'wgLead',
      tries: "move another group's volunteer through their own group's URL",
      status: 404,
      url: (f) => `/api/working-groups/${f.ownGroup}/volunteers/${f.otherEntry}/stage`,
      body: () => ({ stage: 'active' }),
    },
  ],
  'PATCH /api/volunteers/:personId': [
    {
      actor: 'wgLead',
      tries: "edit the profile of another group's volunteer",
      url: (f) => `/api/volunteers/${f.otherVolunteer}`,
      body: () => ({ territory: 'Ailleurs' }),
    },
  ],
  'POST /api/volunteers/:personId/time': [
    {
      actor: 'wgLead',
      tries: 'log time to a group they do not lead',
      url: (f) => `/api/volunteers/${f.otherVolunteer}/time`,
      body: (f) => ({
        groupId: f.otherGroup,
        periodStart: '2026-03-01',
        periodEnd: '2026-03-31',
        quantity: 6,
        unit: 'hours',
      }),
    },
    {
      actor: 'coordinator',
      tries: 'credit an organisation the volunteer does not belong to',
      status: 400,
      url: (f) => `/api/volunteers/${f.creditedVolunteer}/time`,
      body: (f) => ({
        groupId: f.creditedGroup,
        organisationId: f.otherOrg,
        periodStart: '2026-03-01',
        periodEnd: '2026-03-31',
        quantity: 6,
        unit: 'hours',
      }),
    },
  ],
  'POST /api/public/volunteer-signup': {
    none: 'the public form names only a group taking volunteers (checked) and the visitor themselves',
  },
};
