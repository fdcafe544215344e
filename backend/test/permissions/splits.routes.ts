import { approvedSplit, createSplit, fixedShares } from '../factories/splits';
import { demo } from '../support/app';
import { only, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

/** The demo group lead also sits on the COPIL (for Data Players): a reader of approved splits like any COPIL member. */
const readers = only('admin', 'coordinator', 'copil', 'otherCopil', 'wgLead');
const managers = only('admin', 'coordinator');
/** The copil actor's own organisation only: the other COPIL member is refused by the service's check. */
const ownOrgReaders = only('admin', 'coordinator', 'copil');

/**
 * Fixed percentages need no contributions: drafts to edit, delete and approve, and an approved split with a payment.
 */
export const splitFixtures: FixtureBuilder = async (t, f) => {
  const coord = await t.as(demo.coordinator);
  [{ id: f.wgLeadOrg }] = await t.db.query(
    `SELECT m.organisation_id AS id FROM memberships m JOIN accounts a ON a.person_id = m.person_id
    WHERE a.email = $1 AND m.role = 'copil_member'`,
    [demo.wgLead],
  );
  const shares = fixedShares([
    [f.ownOrg, 6000],
    [f.otherOrg, 4000],
  ]);
  const create = async (title: string) => (await createSplit(coord, { title, ...shares })).id;
  f.draftSplit = await create('Matrice — brouillon');
  f.draftToDelete = await create('Matrice — à supprimer');
  f.draftToApprove = await create('Matrice — à approuver');
  f.approvedSplit = (await approvedSplit(coord, { title: 'Matrice — approuvée', ...shares })).id;
  const paid = await coord
    .post(`/api/splits/${f.approvedSplit}/payments`, {
      organisationId: f.ownOrg,
      amountCents: 1000,
      paidOn: '2026-01-15',
      reference: 'VIR-MATRICE',
    })
    .expect(201);
  f.splitPayment = paid.body.payments[0].id;
};

export const splitRoutes: RouteCases = {
  'GET /api/splits': {
    allowed: readers,
    // COPIL members see only approved or settled splits.
    scoped: (items, actor) => {
      if (actor === 'copil' || actor === 'otherCopil' || actor === 'wgLead')
        expect(items.every((s) => s.status !== 'draft')).toBe(true);
      else expect(items.some((s) => s.status === 'draft')).toBe(true);
    },
  },
  'POST /api/splits/simulate': {
    allowed: managers,
    body: (f) => ({
      rule: 'fixed_percent',
      totalCents: 1000,
      participants: [{ organisationId: f.ownOrg, shareBp: 10_000 }],
    }),
  },
  'POST /api/splits': {
    allowed: managers,
    body: (f) => ({
      title: 'Matrice — création',
      rule: 'fixed_amount',
      totalCents: 500,
      participants: [{ organisationId: f.ownOrg, amountCents: 500 }],
    }),
  },
  'GET /api/splits/grants': { allowed: managers },
  // COPIL members export their organisations' payments; rows per reader are checked in exports-lists.e2e-spec.
  'GET /api/splits/payments/export': { allowed: readers },
  'GET /api/splits/ledger': {
    allowed: readers,
    scoped: (items, actor, f) => {
      if (actor === 'copil') expect(items.every((e) => e.organisationId === f.ownOrg)).toBe(true);
      if (actor === 'otherCopil') expect(items.every((e) => e.organisationId === f.otherOrg)).toBe(true);
      if (actor === 'wgLead') expect(items.every((e) => e.organisationId === f.wgLeadOrg)).toBe(true);
    },
  },
  'GET /api/splits/organisations/:organisationId/statement': {
    allowed: ownOrgReaders,
    url: (f) => `/api/splits/organisations/${f.ownOrg}/statement`,
  },
  'GET /api/splits/organisations/:organisationId/statement.csv': {
    allowed: ownOrgReaders,
    url: (f) => `/api/splits/organisations/${f.ownOrg}/statement.csv`,
  },
  'GET /api/splits/:id': { allowed: readers, url: (f) => `/api/splits/${f.approvedSplit}` },
  'PUT /api/splits/:id': {
    allowed: managers,
    url: (f) => `/api/splits/${f.draftSplit}`,
    body: (f) => ({
      title: 'Matrice — modifiée',
      rule: 'fixed_percent',
      totalCents: 2000,
      participants: [{ organisationId: f.ownOrg, shareBp: 10_000 }],
    }),
  },
  'DELETE /api/splits/:id': { allowed: managers, url: (f) => `/api/splits/${f.draftToDelete}` },
  'POST /api/splits/:id/approve': {
    allowed: managers,
    url: (f) => `/api/splits/${f.draftToApprove}/approve`,
    body: () => ({}),
  },
  'POST /api/splits/:id/payments': {
    allowed: managers,
    url: (f) => `/api/splits/${f.approvedSplit}/payments`,
    body: (f) => ({ organisationId: f.otherOrg, amountCents: 1, paidOn: '2026-01-20', reference: 'VIR-MATRICE-2' }),
  },
  'POST /api/splits/:id/payments/:paymentId/reverse': {
    allowed: managers,
    url: (f) => `/api/splits/${f.approvedSplit}/payments/${f.splitPayment}/reverse`,
    body: () => ({ reason: 'Erreur de saisie' }),
  },
  'GET /api/splits/:id/export.csv': { allowed: readers, url: (f) => `/api/splits/${f.approvedSplit}/export.csv` },
  'GET /api/splits/:id/statements/:organisationId': {
    allowed: ownOrgReaders,
    url: (f) => `/api/splits/${f.approvedSplit}/statements/${f.ownOrg}`,
  },
  'GET /api/splits/:id/statements/:organisationId/statement.csv': {
    allowed: ownOrgReaders,
    url: (f) => `/api/splits/${f.approvedSplit}/statements/${f.ownOrg}/statement.csv`,
  },
};

/**
 * Only the coordinator (and the admin) writes splits, and may name any organisation and amount; a COPIL member reads.
 */
const coordinatorOnly = { none: 'coordinator and admin only, who may name any organisation, grant and amount' };

export const splitWrites: WriteCases = {
  'POST /api/splits/simulate': { none: 'coordinator and admin only; saves nothing' },
  'POST /api/splits': coordinatorOnly,
  'PUT /api/splits/:id': coordinatorOnly,
  'DELETE /api/splits/:id': coordinatorOnly,
  'POST /api/splits/:id/approve': coordinatorOnly,
  'POST /api/splits/:id/payments': [
    {
      actor: 'coordinator',
      tries: 'pay an organisation that has no share in the split',
      status: 400,
      url: (f) => `/api/splits/${f.approvedSplit}/payments`,
      body: (f) => ({ organisationId: f.wgLeadOrg, amountCents: 1, paidOn: '2026-01-20', reference: 'VIR-HORS-PART' }),
    },
  ],
  'POST /api/splits/:id/payments/:paymentId/reverse': coordinatorOnly,
};
