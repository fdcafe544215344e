import { createActionItem, createMeeting } from '../factories/governance';
import { personId } from '../factories/people';
import { demo } from '../support/app';
import { only, SIGNED_IN, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

const ids = (items: Record<string, unknown>[], key = 'id') => items.map((i) => i[key] as string);

export const governanceFixtures: FixtureBuilder = async (t, f) => {
  f.contractorPerson = await personId(t, demo.contractor);
  f.otherCopilPerson = await personId(t, demo.otherCopil);
  // The last monthly COPIL of the demo: the contractor attended it, the volunteer did not.
  const [copil] = await t.db.query(
    `SELECT id FROM meetings WHERE kind = 'copil' AND ends_at < now() ORDER BY starts_at DESC LIMIT 1`,
  );
  f.meeting = copil.id;
  const coord = await t.as(demo.coordinator);
  // A small meeting to change and invite to (two attendees: few emails per call).
  f.smallMeeting = (
    await createMeeting(coord, {
      kind: 'working_group',
      title: 'Groupe Sources : point doublons',
      attendees: [{ personId: f.contractorPerson }, { personId: f.volunteerPerson }],
    })
  ).id;
  const attended = async (personId: string) =>
    (await t.db.query('SELECT DISTINCT meeting_id AS id FROM meeting_attendees WHERE person_id = $1', [personId]))
      .map((r: { id: string }) => r.id)
      .join(',');
  f.contractorMeetings = await attended(f.contractorPerson);
  f.volunteerMeetings = await attended(f.volunteerPerson);
  // A public decision (the charter): everyone reads it (a COPIL-only one is not found for volunteers and contractors).
  f.decision = (await t.db.query(`SELECT id FROM decisions WHERE visibility = 'public' ORDER BY number LIMIT 1`))[0].id;
  f.group = (await t.db.query('SELECT id FROM working_groups ORDER BY name LIMIT 1'))[0].id;
  const action = await createActionItem(coord, { title: 'Relire la fiche source', ownerPersonId: f.volunteerPerson });
  f.volunteerAction = action.id;
  // COPIL members change the actions of a working group (or of their own organisation's people), not the volunteer's.
  f.groupAction = (await createActionItem(coord, { title: 'Relire les fiches du groupe', ownerGroupId: f.group })).id;
  f.strategyAction = (await t.db.query('SELECT id FROM strategy_actions ORDER BY number NULLS LAST LIMIT 1'))[0].id;
  f.strategyAxis = (await t.db.query('SELECT id FROM strategy_axes ORDER BY number LIMIT 1'))[0].id;
};

const meetingBody = () => ({
  kind: 'copil',
  title: 'COPIL de la matrice',
  startsAt: '2026-06-11T18:30:00+02:00',
  endsAt: '2026-06-11T20:30:00+02:00',
});
const decisionBody = () => ({
  title: 'Décision de la matrice',
  proposal: 'Tester les droits.',
  method: 'consent',
  outcome: 'adopted',
  decidedOn: '2026-06-11',
});
const RECORDERS = only('admin', 'coordinator', 'copil', 'otherCopil', 'wgLead');

export const governanceRoutes: RouteCases = {
  'GET /api/meetings': {
    allowed: SIGNED_IN,
    // Contractors and volunteers list only the meetings they attend.
    scoped: (items, actor, f) => {
      if (actor === 'contractor') expect(ids(items).every((id) => f.contractorMeetings.includes(id))).toBe(true);
      else if (actor === 'volunteer') expect(ids(items).every((id) => f.volunteerMeetings.includes(id))).toBe(true);
      else if (actor === 'treasurer') expect(items).toEqual([]);
      else expect(items.length).toBeGreaterThan(2);
    },
  },
  // Everyone exports the meetings they may list; rows per reader are checked in exports-lists.e2e-spec.
  'GET /api/meetings/export': { allowed: SIGNED_IN },
  'GET /api/meetings/:id': {
    allowed: only('admin', 'coordinator', 'copil', 'otherCopil', 'comms', 'wgLead', 'contractor'),
    url: (f) => `/api/meetings/${f.meeting}`,
  },
  'GET /api/meetings/:id/calendar.ics': {
    allowed: only('admin', 'coordinator', 'copil', 'otherCopil', 'comms', 'wgLead', 'contractor'),
    url: (f) => `/api/meetings/${f.meeting}/calendar.ics`,
  },
  'POST /api/meetings': { allowed: RECORDERS, body: meetingBody },
  'PATCH /api/meetings/:id': {
    allowed: RECORDERS,
    url: (f) => `/api/meetings/${f.smallMeeting}`,
    body: () => ({ place: 'Salle du PôleS NOE' }),
  },
  'POST /api/meetings/:id/invitations': {
    allowed: RECORDERS,
    url: (f) => `/api/meetings/${f.smallMeeting}/invitations`,
  },

  'GET /api/decisions': {
    allowed: SIGNED_IN,
    // Volunteers, contractors and the treasurer read the public decisions only.
    scoped: (items, actor) => {
      const visibilities = new Set(items.map((d) => d.visibility));
      if (actor === 'volunteer' || actor === 'contractor' || actor === 'treasurer')
        expect([...visibilities]).toEqual(['public']);
      else expect(visibilities.has('copil')).toBe(true);
    },
  },
  // Everyone exports the decisions they may list; rows per reader are checked in exports-lists.e2e-spec.
  'GET /api/decisions/export': { allowed: SIGNED_IN },
  'GET /api/decisions/:id': { allowed: SIGNED_IN, url: (f) => `/api/decisions/${f.decision}` },
  'POST /api/decisions': { allowed: RECORDERS, body: decisionBody },
  'POST /api/decisions/:id/amendments': {
    allowed: RECORDERS,
    url: (f) => `/api/decisions/${f.decision}/amendments`,
    body: decisionBody,
  },

  'GET /api/action-items': {
    allowed: SIGNED_IN,
    // Contractors and volunteers see only the actions they own.
    scoped: (items, actor, f) => {
      if (actor === 'volunteer') expect(ids(items, 'ownerPersonId').every((id) => id === f.volunteerPerson)).toBe(true);
      else if (actor === 'contractor')
        expect(ids(items, 'ownerPersonId').every((id) => id === f.contractorPerson)).toBe(true);
      else if (actor === 'treasurer') expect(items).toEqual([]);
      else expect(items.length).toBeGreaterThan(2);
    },
  },
  // Everyone exports the actions they may list; rows per reader are checked in exports-lists.e2e-spec.
  'GET /api/action-items/export': { allowed: SIGNED_IN },
  'GET /api/action-items/mine': { allowed: SIGNED_IN },
  'GET /api/action-items/:id': {
    allowed: only('admin', 'coordinator', 'copil', 'otherCopil', 'comms', 'wgLead', 'volunteer'),
    url: (f) => `/api/action-items/${f.volunteerAction}`,
  },
  'POST /api/action-items': {
    allowed: RECORDERS,
    body: (f) => ({ title: 'Action de la matrice', ownerGroupId: f.group, dueOn: '2099-01-01' }),
  },
  // The owner (here the volunteer) may move the status of their own action; the others try a group's action.
  'PATCH /api/action-items/:id': {
    allowed: only('admin', 'coordinator', 'copil', 'otherCopil', 'wgLead', 'volunteer'),
    url: (f, actor) => `/api/action-items/${actor === 'volunteer' ? f.volunteerAction : f.groupAction}`,
    body: () => ({ status: 'in_progress' }),
  },

  'GET /api/strategy': { allowed: SIGNED_IN },
  'GET /api/strategy/actions/:id': { allowed: SIGNED_IN, url: (f) => `/api/strategy/actions/${f.strategyAction}` },
  'POST /api/strategy/actions': {
    allowed: only('admin', 'coordinator'),
    body: () => ({ title: 'Action de la matrice', content: 'Tester les droits.' }),
  },
  'POST /api/strategy/axes': {
    allowed: only('admin', 'coordinator'),
    body: (_f, actor) => ({ number: actor === 'admin' ? 41 : 42, title: 'Axe de la matrice' }),
  },
  'PATCH /api/strategy/axes/:id': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/strategy/axes/${f.strategyAxis}`,
    body: () => ({ title: 'Axe renommé par la matrice' }),
  },
  'PATCH /api/strategy/actions/:id': {
    allowed: RECORDERS,
    url: (f) => `/api/strategy/actions/${f.strategyAction}`,
    body: () => ({ status: 'in_progress' }),
  },
};

export const governanceWrites: WriteCases = {
  'POST /api/meetings': {
    none: 'those who record meetings may invite anyone of the network; each attendee represents one of their own organisations (400 otherwise)',
  },
  'PATCH /api/meetings/:id': { none: 'as for a new meeting' },
  'POST /api/meetings/:id/invitations': { none: "names nothing: writes to the meeting's attendees" },
  'POST /api/decisions': { none: 'those who record decisions may record any, public or COPIL-only' },
  'POST /api/decisions/:id/amendments': { none: 'as for a new decision' },
  'POST /api/action-items': [
    {
      actor: 'copil',
      tries: "hand an action to another organisation's person",
      body: (f) => ({ title: 'Action détournée', ownerPersonId: f.otherCopilPerson, dueOn: '2099-01-01' }),
    },
  ],
  'PATCH /api/action-items/:id': [
    {
      actor: 'copil',
      tries: "hand a group's action over to another organisation's person",
      url: (f) => `/api/action-items/${f.groupAction}`,
      body: (f) => ({ ownerPersonId: f.otherCopilPerson }),
    },
    {
      actor: 'volunteer',
      tries: 'move the due date of their own action',
      url: (f) => `/api/action-items/${f.volunteerAction}`,
      body: () => ({ dueOn: '2099-12-31' }),
    },
    {
      actor: 'contractor',
      tries: "move someone else's action",
      url: (f) => `/api/action-items/${f.volunteerAction}`,
      body: () => ({ status: 'done' }),
    },
  ],
  'POST /api/strategy/actions': { none: 'coordinator and admin only' },
  'POST /api/strategy/axes': { none: 'coordinator and admin only' },
  'PATCH /api/strategy/axes/:id': { none: 'coordinator and admin only' },
  'PATCH /api/strategy/actions/:id': {
    none: 'the COPIL carries the whole strategy: every action, its groups, grants and decisions',
  },
};
