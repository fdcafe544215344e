import { personId } from '../factories/people';
import { workingGroupId } from '../factories/working-groups';
import { demo } from '../support/app';
import { ACTORS, only, SIGNED_IN, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

const hours = (organisationId: string) => ({
  organisationId,
  type: 'working_time',
  unit: 'hour',
  startsOn: '2026-11-03',
  quantity: 2,
  description: 'Matrice',
});
let n = 0;

/** Contributions of the copil actor's organisation at each stage; a draft per actor for the deletion. */
export const contributionFixtures: FixtureBuilder = async (t, f) => {
  const copil = await t.as(demo.copil);
  const coord = await t.as(demo.coordinator);
  const draft = async () => (await copil.post('/api/contributions', hours(f.ownOrg)).expect(201)).body.id as string;
  f.contributionDraft = await draft();
  f.contributionToSubmit = await draft();
  f.contributionToReview = await draft();
  f.contributionValidated = await draft();
  for (const actor of ACTORS) f[`contributionToDelete:${actor}`] = await draft();
  await copil.post('/api/contributions/submit', { ids: [f.contributionToReview, f.contributionValidated] }).expect(200);
  await coord.post('/api/contributions/review', { ids: [f.contributionValidated], decision: 'validate' }).expect(200);
  const [rate] = await t.db.query(`SELECT id FROM contribution_rates LIMIT 1`);
  f.contributionRate = rate.id;
  f.contractorPerson = await personId(t, demo.contractor);
  f.volunteerPerson = await personId(t, demo.volunteer);
  const volunteer = await t.as(demo.volunteer);
  const ownHours = { ...hours(f.ownOrg), organisationId: null, personId: f.volunteerPerson };
  f.volunteerDraft = (await volunteer.post('/api/contributions', ownHours).expect(201)).body.id;
  // The group lead's group (Technique), its time credited by the coordinator to the copil actor's organisation.
  f.leadGroup = await workingGroupId(t, 'Technique');
  f.groupDraftOfOwnOrg = (
    await coord.post('/api/contributions', { ...hours(f.ownOrg), workingGroupId: f.leadGroup }).expect(201)
  ).body.id;
};

const READERS_OF_VALIDATED = only('admin', 'coordinator', 'copil', 'otherCopil', 'comms', 'wgLead');
/** Who has some rule to create contributions (theirs); the service then checks the row itself. */

export const contributionRoutes: RouteCases = {
  'GET /api/contributions': {
    allowed: SIGNED_IN,
    scoped: (items, actor, f) => {
      if (actor === 'contractor') expect(items.every((c) => c.personId === f.contractorPerson)).toBe(true);
      if (actor === 'otherCopil' || actor === 'comms')
        expect(items.filter((c) => c.status !== 'validated' && c.organisationId === f.ownOrg)).toEqual([]);
      if (actor === 'copil') expect(items.some((c) => c.id === f.contributionDraft)).toBe(true);
    },
  },
  'GET /api/contributions/totals': {
    allowed: SIGNED_IN,
    url: () => '/api/contributions/totals?groupBy=type,period&period=quarter',
  },
  'GET /api/contributions/export': { allowed: SIGNED_IN },
  'GET /api/contributions/:id': {
    allowed: READERS_OF_VALIDATED,
    url: (f) => `/api/contributions/${f.contributionValidated}`,
  },
  'POST /api/contributions': { allowed: only('admin', 'coordinator', 'copil'), body: (f) => hours(f.ownOrg) },
  'PATCH /api/contributions/:id': {
    allowed: only('admin', 'coordinator', 'copil'),
    url: (f) => `/api/contributions/${f.contributionDraft}`,
    body: () => ({ quantity: 3 }),
  },
  'DELETE /api/contributions/:id': {
    allowed: only('admin', 'coordinator', 'copil'),
    url: (f, actor) => `/api/contributions/${f[`contributionToDelete:${actor}`]}`,
  },
  'POST /api/contributions/submit': {
    allowed: only('admin', 'coordinator', 'copil'),
    body: (f) => ({ ids: [f.contributionToSubmit] }),
  },
  'POST /api/contributions/review': {
    allowed: only('admin', 'coordinator'),
    body: (f) => ({ ids: [f.contributionToReview], decision: 'validate' }),
  },
  'POST /api/contributions/:id/correct': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/contributions/${f.contributionValidated}/correct`,
    body: () => ({ quantity: 2.5, reason: 'Matrice' }),
  },
  'GET /api/contributions/:id/evidence': {
    allowed: READERS_OF_VALIDATED,
    url: (f) => `/api/contributions/${f.contributionValidated}/evidence`,
  },
  'PUT /api/contributions/:id/evidence': {
    allowed: only('admin', 'coordinator', 'copil'),
    url: (f) => `/api/contributions/${f.contributionDraft}/evidence`,
    body: () => ({
      fileName: 'preuve.pdf',
      contentType: 'application/pdf',
      data: Buffer.from('%PDF-1.4 matrice').toString('base64'),
    }),
  },
  'DELETE /api/contributions/:id/evidence': {
    allowed: only('admin', 'coordinator', 'copil'),
    url: (f) => `/api/contributions/${f.contributionDraft}/evidence`,
  },

  'GET /api/contribution-rates': { allowed: SIGNED_IN },
  'GET /api/contribution-rates/units': { allowed: SIGNED_IN },
  'POST /api/contribution-rates': {
    allowed: only('admin', 'coordinator'),
    body: () => ({
      type: 'room',
      unit: 'room_day',
      validFrom: `2030-01-${String(++n).padStart(2, '0')}`,
      rateCents: 26000,
      label: 'Matrice',
    }),
  },
  'PATCH /api/contribution-rates/:id': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/contribution-rates/${f.contributionRate}`,
    body: () => ({ label: 'Matrice' }),
  },

  'GET /api/in-kind/accounts': { allowed: READERS_OF_VALIDATED },
  'PUT /api/in-kind/accounts/:type': {
    allowed: only('admin', 'coordinator'),
    url: () => '/api/in-kind/accounts/other',
    body: () => ({
      chargeAccount: '862',
      chargeLabel: 'Prestations',
      productAccount: '871',
      productLabel: 'Prestations en nature',
    }),
  },
  'GET /api/in-kind/statement': { allowed: SIGNED_IN, url: () => '/api/in-kind/statement?year=2025' },
  'GET /api/in-kind/statement/export': { allowed: SIGNED_IN, url: () => '/api/in-kind/statement/export?year=2025' },
};

const coordinatorOnly = { none: 'coordinator and admin only, who may name any organisation, person or value' };

/**
 * Issue 13's two contribution leaks among them: a volunteer's draft for an organisation not theirs, valued by
 * themselves; a group lead's time credited to another organisation.
 */
export const contributionWrites: WriteCases = {
  'POST /api/contributions': [
    {
      actor: 'volunteer',
      tries: 'credit an organisation they do not belong to, with a value they chose',
      body: (f) => ({ ...hours(f.ownOrg), personId: f.volunteerPerson, amountCents: 500_000 }),
    },
    {
      actor: 'volunteer',
      tries: 'value their own hours themselves',
      body: (f) => ({ ...hours(f.ownOrg), organisationId: null, personId: f.volunteerPerson, amountCents: 500_000 }),
    },
    {
      actor: 'contractor',
      tries: 'credit their time to an organisation they do not belong to',
      body: (f) => ({ ...hours(f.ownOrg), personId: f.contractorPerson }),
    },
    {
      actor: 'volunteer',
      tries: "log another person's hours",
      body: (f) => ({ ...hours(f.ownOrg), organisationId: null, personId: f.contractorPerson }),
    },
    {
      actor: 'wgLead',
      tries: "credit their group's time to an organisation its giver does not belong to",
      body: (f) => ({ ...hours(f.ownOrg), workingGroupId: f.leadGroup }),
    },
    { actor: 'otherCopil', tries: 'log a contribution of another organisation', body: (f) => hours(f.ownOrg) },
  ],
  'PATCH /api/contributions/:id': [
    {
      actor: 'copil',
      tries: 'move a draft to another organisation',
      url: (f) => `/api/contributions/${f.contributionDraft}`,
      body: (f) => ({ organisationId: f.otherOrg }),
    },
    {
      actor: 'volunteer',
      tries: 'set a value on their own hours',
      url: (f) => `/api/contributions/${f.volunteerDraft}`,
      body: () => ({ amountCents: 100 }),
    },
    {
      actor: 'volunteer',
      tries: 'credit their hours to an organisation they do not belong to',
      url: (f) => `/api/contributions/${f.volunteerDraft}`,
      body: (f) => ({ organisationId: f.ownOrg }),
    },
    {
      actor: 'wgLead',
      tries: "change their group's time credited to another organisation",
      url: (f) => `/api/contributions/${f.groupDraftOfOwnOrg}`,
      body: () => ({ quantity: 1 }),
    },
  ],
  'DELETE /api/contributions/:id': [
    {
      actor: 'otherCopil',
      tries: "delete another organisation's draft",
      url: (f) => `/api/contributions/${f.contributionDraft}`,
      body: () => ({}),
    },
  ],
  'POST /api/contributions/submit': [
    {
      actor: 'wgLead',
      tries: "submit their group's time credited to another organisation",
      body: (f) => ({ ids: [f.groupDraftOfOwnOrg] }),
    },
    {
      actor: 'otherCopil',
      tries: "submit another organisation's draft",
      body: (f) => ({ ids: [f.contributionToSubmit] }),
    },
  ],
  'POST /api/contributions/review': {
    none: 'coordinator and admin only; four eyes is tested in the contributions e2e spec',
  },
  'POST /api/contributions/:id/correct': coordinatorOnly,
  'PUT /api/contributions/:id/evidence': [
    {
      actor: 'otherCopil',
      tries: "attach evidence to another organisation's draft",
      url: (f) => `/api/contributions/${f.contributionDraft}/evidence`,
      body: () => ({
        fileName: 'preuve.pdf',
        contentType: 'application/pdf',
        data: Buffer.from('%PDF-1.4 matrice').toString('base64'),
      }),
    },
  ],
  'DELETE /api/contributions/:id/evidence': [
    {
      actor: 'otherCopil',
      tries: "remove another organisation's evidence",
      url: (f) => `/api/contributions/${f.contributionDraft}/evidence`,
      body: () => ({}),
    },
  ],
  'POST /api/contribution-rates': coordinatorOnly,
  'PATCH /api/contribution-rates/:id': coordinatorOnly,
  'PUT /api/in-kind/accounts/:type': coordinatorOnly,
};
