import { createFunder, grantedGrant } from '../factories/funding';
import { demo } from '../support/app';
import { only, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;
const MANAGERS = only('admin', 'coordinator');
/** The matrix's grant has no dates: its activity report is asked for a period. */
const PERIOD = 'from=2025-01-01&to=2025-12-31';
/** The COPIL (both organisations alike: funding is the network's) reads funders and grants; nothing more. */
const READERS = only('admin', 'coordinator', 'copil', 'otherCopil', 'wgLead');

/** A funder and a granted grant with one of everything hanging off it, for the matrix to point at. */
export const fundingFixtures: FixtureBuilder = async (t, f) => {
  const c = await t.as(demo.coordinator);
  f.funder = await createFunder(c);
  f.grant = (await grantedGrant(c, f.funder, 100_000_000, { title: 'Matrice', statusOn: '2025-01-10' })).id;
  const g = `/api/grants/${f.grant}`;
  f.instalment = (
    await c
      .post(`${g}/instalments`, { label: 'Versement', expectedCents: 100_000, expectedOn: '2025-03-01' })
      .expect(201)
  ).body.instalments[0].id;
  f.budgetLine = (
    await c.post(`${g}/budget-lines`, { category: 'events', label: 'Rencontre', plannedCents: 500_000 }).expect(201)
  ).body.budgetLines[0].id;
  await c
    .post(`${g}/expenses`, {
      budgetLineId: f.budgetLine,
      spentOn: '2025-04-01',
      amountCents: 10_000,
      description: 'Salle',
    })
    .expect(201);
  f.expense = (await c.get(`${g}/expenses`).expect(200)).body.items[0].id;
  f.report = (
    await c.post(`${g}/reports`, { kind: 'interim', title: 'Rapport', dueOn: '2026-03-31' }).expect(201)
  ).body.reports[0].id;
  f.document = (
    await c
      .post(`${g}/documents`, {
        kind: 'agreement',
        label: 'Convention',
        url: 'https://drive.example.org/convention.pdf',
      })
      .expect(201)
  ).body.documents[0].id;
  f.deliverable = (
    await c.post(`${g}/deliverables`, { title: 'Guide', dueOn: '2025-06-30' }).expect(201)
  ).body.deliverables[0].id;
  f.indicator = (
    await c.post(`${g}/indicators`, { label: 'Participants', target: 100, unit: 'personnes' }).expect(201)
  ).body.indicators[0].id;
};

export const fundingRoutes: RouteCases = {
  'GET /api/funders': { allowed: READERS },
  'GET /api/funders/export': { allowed: READERS },
  'GET /api/grants/export': { allowed: READERS },
  'GET /api/funders/contacts/export': { allowed: READERS },
  'GET /api/funders/:id': { allowed: READERS, url: (f) => `/api/funders/${f.funder}` },
  'POST /api/funders': { allowed: MANAGERS, body: () => ({ name: `Financeur ${unique()}`, kind: 'company' }) },
  'PATCH /api/funders/:id': {
    allowed: MANAGERS,
    url: (f) => `/api/funders/${f.funder}`,
    body: () => ({ notes: 'Relancé en novembre' }),
  },
  'POST /api/funders/:id/archive': { allowed: MANAGERS, url: (f) => `/api/funders/${f.funder}/archive` },
  'POST /api/funders/:id/restore': { allowed: MANAGERS, url: (f) => `/api/funders/${f.funder}/restore` },

  'GET /api/grants': { allowed: READERS },
  'GET /api/grants/:id': { allowed: READERS, url: (f) => `/api/grants/${f.grant}` },
  'POST /api/grants': {
    allowed: MANAGERS,
    body: (f) => ({ funderId: f.funder, title: `Demande ${unique()}`, amountRequestedCents: 1_000_000 }),
  },
  'PATCH /api/grants/:id': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}`,
    body: () => ({ notes: 'Vu au COPIL' }),
  },
  'POST /api/grants/:id/status': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/status`,
    body: () => ({ status: 'closed', on: '2025-12-31' }),
  },
  'GET /api/grants/:id/financial-report': { allowed: READERS, url: (f) => `/api/grants/${f.grant}/financial-report` },
  'GET /api/grants/:id/financial-report.csv': {
    allowed: READERS,
    url: (f) => `/api/grants/${f.grant}/financial-report.csv`,
  },
  'GET /api/grants/:id/financial-report.xlsx': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/financial-report.xlsx`,
  },
  'GET /api/grants/:id/financial-report.pdf': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/financial-report.pdf`,
  },

  'POST /api/grants/:id/instalments': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/instalments`,
    body: () => ({ label: 'Acompte', expectedCents: 1_000, expectedOn: '2026-01-15' }),
  },
  'PATCH /api/grants/:id/instalments/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/instalments/${f.instalment}`,
    body: () => ({ receivedCents: 100_000, receivedOn: '2025-03-02' }),
  },
  'DELETE /api/grants/:id/instalments/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/instalments/${f.instalment}`,
  },
  'POST /api/grants/:id/budget-lines': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/budget-lines`,
    body: () => ({ category: 'tools', label: 'Outils', plannedCents: 20_000 }),
  },
  'PATCH /api/grants/:id/budget-lines/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/budget-lines/${f.budgetLine}`,
    body: () => ({ plannedCents: 600_000 }),
  },
  // Refused with 409 while the line has spending: still proves who gets through.
  'DELETE /api/grants/:id/budget-lines/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/budget-lines/${f.budgetLine}`,
  },
  'GET /api/grants/:id/expenses': { allowed: READERS, url: (f) => `/api/grants/${f.grant}/expenses` },
  'POST /api/grants/:id/expenses': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/expenses`,
    body: (f) => ({ budgetLineId: f.budgetLine, spentOn: '2025-05-02', amountCents: 2_500, description: 'Café' }),
  },
  'DELETE /api/grants/:id/expenses/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/expenses/${f.expense}`,
  },
  'POST /api/grants/:id/reports': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/reports`,
    body: () => ({ kind: 'final_financial', title: 'Final', dueOn: '2026-06-30' }),
  },
  'PATCH /api/grants/:id/reports/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/reports/${f.report}`,
    body: () => ({ status: 'sent', sentOn: '2026-03-30' }),
  },
  'DELETE /api/grants/:id/reports/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/reports/${f.report}`,
  },
  'POST /api/grants/:id/documents': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/documents`,
    body: () => ({ kind: 'other', label: 'Note', url: 'https://drive.example.org/note.pdf' }),
  },
  'DELETE /api/grants/:id/documents/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/documents/${f.document}`,
  },
  'POST /api/grants/:id/deliverables': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/deliverables`,
    body: () => ({ title: 'Rapport d’étape', dueOn: '2025-09-30' }),
  },
  'PATCH /api/grants/:id/deliverables/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/deliverables/${f.deliverable}`,
    body: () => ({ status: 'delivered' }),
  },
  'DELETE /api/grants/:id/deliverables/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/deliverables/${f.deliverable}`,
  },
  'POST /api/grants/:id/indicators': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/indicators`,
    body: () => ({ label: 'Ateliers', target: 12, unit: 'ateliers' }),
  },
  'PATCH /api/grants/:id/indicators/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/indicators/${f.indicator}`,
    body: () => ({ measured: 40 }),
  },
  'DELETE /api/grants/:id/indicators/:itemId': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/indicators/${f.indicator}`,
  },
  // What is handed to the funder under the network's signature: the coordinator's (and the admin's).
  'GET /api/grants/:id/activity-report': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/activity-report?${PERIOD}`,
  },
  'PUT /api/grants/:id/activity-report': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/activity-report`,
    body: () => ({ from: '2025-01-01', to: '2025-12-31', sections: [{ title: 'Présentation', body: 'Une année.' }] }),
  },
  'DELETE /api/grants/:id/activity-report': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/activity-report?${PERIOD}`,
  },
  'GET /api/grants/:id/activity-report.pdf': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/activity-report.pdf?${PERIOD}`,
  },
  'GET /api/grants/:id/activity-report.docx': {
    allowed: MANAGERS,
    url: (f) => `/api/grants/${f.grant}/activity-report.docx?${PERIOD}`,
  },

  'GET /api/funding/deadlines': { allowed: MANAGERS },
  'GET /api/funding/alerts': { allowed: MANAGERS },
  'GET /api/funding/dashboard': { allowed: MANAGERS },
};

/** Funding is written by the coordinator (and the admin) only, who may name any funder, grant, date and amount. */
const MANAGED = { none: 'coordinator and admin only, who may name any funder, grant and amount' } as const;

export const fundingWrites: WriteCases = {
  'POST /api/funders': MANAGED,
  'PATCH /api/funders/:id': MANAGED,
  'POST /api/funders/:id/archive': MANAGED,
  'POST /api/funders/:id/restore': MANAGED,
  'POST /api/grants': [
    {
      actor: 'copil',
      tries: 'record a grant for the network',
      body: (f) => ({ funderId: f.funder, title: 'Subvention détournée', amountRequestedCents: 1_000_000 }),
    },
  ],
  'PATCH /api/grants/:id': [
    {
      actor: 'copil',
      tries: 'change the amount granted',
      url: (f) => `/api/grants/${f.grant}`,
      body: () => ({ amountGrantedCents: 1 }),
    },
  ],
  'POST /api/grants/:id/status': MANAGED,
  'POST /api/grants/:id/instalments': [
    {
      actor: 'wgLead',
      tries: 'record money received',
      url: (f) => `/api/grants/${f.grant}/instalments`,
      body: () => ({ label: 'Versement', expectedCents: 1, expectedOn: '2025-03-01' }),
    },
  ],
  'PATCH /api/grants/:id/instalments/:itemId': MANAGED,
  'DELETE /api/grants/:id/instalments/:itemId': MANAGED,
  'POST /api/grants/:id/budget-lines': MANAGED,
  'PATCH /api/grants/:id/budget-lines/:itemId': MANAGED,
  'DELETE /api/grants/:id/budget-lines/:itemId': MANAGED,
  'POST /api/grants/:id/expenses': [
    {
      actor: 'otherCopil',
      tries: 'book an expense on a grant',
      url: (f) => `/api/grants/${f.grant}/expenses`,
      body: (f) => ({ budgetLineId: f.budgetLine, spentOn: '2025-04-01', amountCents: 10_000, description: 'Dépense' }),
    },
  ],
  'DELETE /api/grants/:id/expenses/:itemId': MANAGED,
  'POST /api/grants/:id/reports': MANAGED,
  'PATCH /api/grants/:id/reports/:itemId': MANAGED,
  'DELETE /api/grants/:id/reports/:itemId': MANAGED,
  'POST /api/grants/:id/documents': MANAGED,
  'DELETE /api/grants/:id/documents/:itemId': MANAGED,
  'POST /api/grants/:id/deliverables': MANAGED,
  'PATCH /api/grants/:id/deliverables/:itemId': MANAGED,
  'DELETE /api/grants/:id/deliverables/:itemId': MANAGED,
  'POST /api/grants/:id/indicators': MANAGED,
  'PATCH /api/grants/:id/indicators/:itemId': MANAGED,
  'DELETE /api/grants/:id/indicators/:itemId': MANAGED,
  'PUT /api/grants/:id/activity-report': MANAGED,
  'DELETE /api/grants/:id/activity-report': MANAGED,
};
