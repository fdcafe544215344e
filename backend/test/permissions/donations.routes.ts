import { demo } from '../support/app';
import { ACTORS, only, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

const KEEPERS = only('admin', 'coordinator', 'treasurer');
const SIGNED_IN = ACTORS.filter((a) => a !== 'anonymous');
let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;

/** A campaign, a donor with a gift, a receipt (receipts turned on for the legal entity of the demo). */
export const donationsFixtures: FixtureBuilder = async (t, f) => {
  const coord = await t.as(demo.coordinator);
  await coord.put('/api/donations/settings').send({
    receiptsEnabled: true,
    legalName: 'Association Faire Système',
    legalAddress: '1 place du Commun, 69001 Lyon',
    legalObject: 'Animer le réseau',
    legalStatus: 'Association reconnue d’intérêt général',
    recurringGraceDays: 10,
  });
  const campaign = await coord.post('/api/donations/campaigns', {
    name: 'Matrice des dons',
    slug: 'matrice-des-dons',
    goalCents: 500_000,
    publicPage: true,
    helloassoFormType: 'Donation',
    helloassoFormSlug: 'matrice',
  });
  f.campaign = campaign.body.id;
  const gift = async () =>
    (
      await coord.post('/api/donations/gifts', {
        donor: { kind: 'person', firstName: 'Anne', lastName: 'Matrice' },
        campaignId: f.campaign,
        amountCents: 5000,
        receivedOn: '2026-01-15',
        paymentMethod: 'cheque',
      })
    ).body as { id: string; donorId: string };
  const first = await gift();
  f.donor = first.donorId;
  f.giftToReceipt = (await gift()).id;
  const issued = await coord.post('/api/donations/receipts', { kind: 'gift', giftIds: [first.id] });
  f.receipt = issued.body.receipts[0].id;
};

type Items = Record<string, unknown>[];

export const donationsRoutes: RouteCases = {
  // Totals for everyone, how the gifts come in only for those who keep the donors: donations.e2e-spec.ts.
  'GET /api/donations/campaigns': { allowed: SIGNED_IN },
  'GET /api/donations/campaigns/:id': { allowed: SIGNED_IN, url: (f) => `/api/donations/campaigns/${f.campaign}` },
  'POST /api/donations/campaigns': {
    allowed: KEEPERS,
    body: () => ({ name: 'Campagne', slug: `campagne-${unique()}` }),
  },
  'PATCH /api/donations/campaigns/:id': {
    allowed: KEEPERS,
    url: (f) => `/api/donations/campaigns/${f.campaign}`,
    body: () => ({ description: 'Pour nos communs' }),
  },
  // The matrix's app has no HelloAsso client: 409 past the permission check.
  'POST /api/donations/campaigns/:id/helloasso-import': {
    allowed: KEEPERS,
    url: (f) => `/api/donations/campaigns/${f.campaign}/helloasso-import`,
  },
  'GET /api/donations/public/campaigns/:slug': {
    allowed: ACTORS,
    url: () => '/api/donations/public/campaigns/matrice-des-dons',
  },
  'GET /api/donations/donors': {
    allowed: KEEPERS,
    scoped: (items: Items, _actor, f) => expect(items.map((i) => i.id)).toContain(f.donor),
  },
  'GET /api/donations/donors/:id': { allowed: KEEPERS, url: (f) => `/api/donations/donors/${f.donor}` },
  'POST /api/donations/donors': {
    allowed: KEEPERS,
    body: () => ({ kind: 'organisation', organisationName: `Mécène ${unique()}` }),
  },
  'PATCH /api/donations/donors/:id': {
    allowed: KEEPERS,
    url: (f) => `/api/donations/donors/${f.donor}`,
    body: () => ({ city: 'Lyon' }),
  },
  'GET /api/donations/gifts': {
    allowed: KEEPERS,
    scoped: (items: Items, _actor, f) => expect(items.map((i) => i.donorId)).toContain(f.donor),
  },
  'POST /api/donations/gifts': {
    allowed: KEEPERS,
    body: (f) => ({ donorId: f.donor, amountCents: 1000, receivedOn: '2026-02-01', paymentMethod: 'transfer' }),
  },
  'GET /api/donations/receipts': {
    allowed: KEEPERS,
    scoped: (items: Items, _actor, f) => expect(items.map((i) => i.id)).toContain(f.receipt),
  },
  // The first issues it, the others find it receipted (400): all past the permission check.
  'POST /api/donations/receipts': { allowed: KEEPERS, body: (f) => ({ kind: 'gift', giftIds: [f.giftToReceipt] }) },
  'GET /api/donations/receipts/declaration': {
    allowed: KEEPERS,
    url: () => '/api/donations/receipts/declaration?year=2026',
  },
  'GET /api/donations/receipts/declaration.csv': {
    allowed: KEEPERS,
    url: () => '/api/donations/receipts/declaration.csv?year=2026',
  },
  'GET /api/donations/receipts/:id/pdf': { allowed: KEEPERS, url: (f) => `/api/donations/receipts/${f.receipt}/pdf` },
  'POST /api/donations/receipts/:id/cancel': {
    allowed: KEEPERS,
    url: (f) => `/api/donations/receipts/${f.receipt}/cancel`,
    body: () => ({ reason: 'Adresse erronée' }),
  },
  'GET /api/donations/settings': { allowed: KEEPERS },
  'PUT /api/donations/settings': {
    allowed: KEEPERS,
    body: () => ({
      receiptsEnabled: true,
      legalName: 'Association Faire Système',
      legalAddress: '1 place du Commun, 69001 Lyon',
      legalObject: 'Animer le réseau',
      legalStatus: 'Association reconnue d’intérêt général',
      recurringGraceDays: 10,
    }),
  },
  // The matrix's app configures no signature key: 404 for everyone. Signatures: donations.e2e-spec.ts.
  'POST /api/donations/webhooks/helloasso': { allowed: ACTORS, body: () => ({ eventType: 'Payment', data: {} }) },
};

const keepers = { none: 'the coordinator, the treasurer and the admin only, on any donor, gift or receipt' };
export const donationsWrites: WriteCases = {
  'POST /api/donations/campaigns': keepers,
  'PATCH /api/donations/campaigns/:id': keepers,
  'POST /api/donations/campaigns/:id/helloasso-import': keepers,
  'POST /api/donations/donors': keepers,
  'PATCH /api/donations/donors/:id': keepers,
  'POST /api/donations/gifts': keepers,
  'POST /api/donations/receipts': keepers,
  'POST /api/donations/receipts/:id/cancel': keepers,
  'PUT /api/donations/settings': keepers,
  'POST /api/donations/webhooks/helloasso': { none: 'changes only the gift a signed HelloAsso notification names' },
};
