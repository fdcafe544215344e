import { randomUUID } from 'node:crypto';
import { previewToken } from '../../src/modules/newsletters/preview-token';
import { unsubscribeToken } from '../../src/modules/newsletters/unsubscribe-token';
import { only, SIGNED_IN, type Actor, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

const ANYONE: Actor[] = ['anonymous', ...SIGNED_IN];
const TEAM = only('admin', 'coordinator', 'comms');
let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;

export const newslettersFixtures: FixtureBuilder = async (t, f) => {
  const [list] = await t.db.query(`SELECT id FROM newsletter_lists WHERE key = 'lettre-du-reseau'`);
  f.list = list.id;
  const [subscriber] = await t.db.query(`SELECT id FROM newsletter_subscribers WHERE email LIKE 'claire.dubois@%'`);
  f.subscriber = subscriber.id;
  f.unsubscribeToken = unsubscribeToken(t.config.NEWSLETTER_SECRET, subscriber.id, list.id);
  const [draft] = await t.db.query(`SELECT id FROM newsletter_issues WHERE number = 12`);
  const [sent] = await t.db.query(`SELECT id FROM newsletter_issues WHERE number = 11`);
  f.draftIssue = draft.id;
  f.sentIssue = sent.id;
  f.previewToken = previewToken(t.config.NEWSLETTER_SECRET, draft.id);
  const [wgLead] = await t.db.query(`SELECT id FROM accounts WHERE email = 'referente.technique@maillage.test'`);
  f.wgLeadAccount = wgLead.id;
  const [comms] = await t.db.query(`SELECT id FROM accounts WHERE email = 'communication@maillage.test'`);
  f.commsAccount = comms.id;
};

const PROPOSERS = only('admin', 'copil', 'otherCopil', 'wgLead');
const content = () => ({ title: 'Matrice', blocks: [{ type: 'free_text', html: '<p>Bonjour</p>' }] });
const issue =
  (path = '') =>
  (f: Record<string, string>) =>
    `/api/newsletters/issues/${f.draftIssue}${path}`;

export const newslettersRoutes: RouteCases = {
  'GET /api/newsletters/public/form': { allowed: ANYONE },
  'POST /api/newsletters/public/subscribe': {
    allowed: ANYONE,
    body: (f) => ({
      email: `matrice-${unique()}@example.org`,
      locale: 'fr',
      listIds: [f.list],
      consentTextVersion: '2026-01',
      sourcePage: 'https://transiscope.example.org/lettre',
    }),
  },
  'POST /api/newsletters/public/confirm': { allowed: ANYONE, body: () => ({ token: 'unknown' }) },
  'GET /api/newsletters/public/unsubscribe/:token': {
    allowed: ANYONE,
    url: (f) => `/api/newsletters/public/unsubscribe/${f.unsubscribeToken}`,
  },
  'GET /api/newsletters/public/unsubscribe/:token/info': {
    allowed: ANYONE,
    url: (f) => `/api/newsletters/public/unsubscribe/${f.unsubscribeToken}/info`,
  },
  // An unknown (but well-formed) pair: the route answers 404 without unsubscribing the fixture's subscriber.
  'POST /api/newsletters/public/unsubscribe/:token': {
    allowed: ANYONE,
    url: (f) => `/api/newsletters/public/unsubscribe/${unsubscribeToken('x'.repeat(40), randomUUID(), f.list)}`,
  }, // The relays' webhooks: no session; the matrix's app configures none of them, so each answers 404 to everyone.
  // Their secrets and signatures are tested in newsletter-returns.e2e-spec.ts.
  'POST /api/newsletters/webhooks/brevo': { allowed: ANYONE, body: () => ({ event: 'hard_bounce' }) },
  'POST /api/newsletters/webhooks/mailjet': { allowed: ANYONE, body: () => ({ event: 'spam' }) },
  'POST /api/newsletters/webhooks/ses': { allowed: ANYONE, body: () => ({ Type: 'Notification' }) },

  'GET /api/newsletters/lists': { allowed: TEAM },
  'POST /api/newsletters/lists': { allowed: TEAM, body: () => ({ key: `matrice-${unique()}`, name: 'Matrice' }) },
  'PATCH /api/newsletters/lists/:id': {
    allowed: TEAM,
    url: (f) => `/api/newsletters/lists/${f.list}`,
    body: () => ({ description: 'Tous les deux mois' }),
  },
  'POST /api/newsletters/lists/:id/archive': { allowed: TEAM, url: (f) => `/api/newsletters/lists/${f.list}/archive` },
  'POST /api/newsletters/lists/:id/restore': { allowed: TEAM, url: (f) => `/api/newsletters/lists/${f.list}/restore` },

  'GET /api/newsletters/subscribers': { allowed: TEAM },
  'GET /api/newsletters/subscribers/export': { allowed: TEAM },

  'GET /api/newsletters/subscribers/:id': { allowed: TEAM, url: (f) => `/api/newsletters/subscribers/${f.subscriber}` },
  'POST /api/newsletters/subscribers': {
    allowed: TEAM,
    body: (f) => ({ email: `ajout-${unique()}@example.org`, listIds: [f.list], consentSource: 'Matrice' }),
  },
  'PATCH /api/newsletters/subscribers/:id': {
    allowed: TEAM,
    url: (f) => `/api/newsletters/subscribers/${f.subscriber}`,
    body: () => ({ firstName: 'Claire' }),
  },

  'GET /api/newsletters/public/archive': { allowed: ANYONE },
  'GET /api/newsletters/public/archive/:number': { allowed: ANYONE, url: () => '/api/newsletters/public/archive/11' },
  'GET /api/newsletters/public/preview/:token': {
    allowed: ANYONE,
    url: (f) => `/api/newsletters/public/preview/${f.previewToken}`,
  },
  'GET /api/newsletters/public/archive/:number/open.gif': {
    allowed: ANYONE,
    url: () => '/api/newsletters/public/archive/11/open.gif',
  },

  'GET /api/newsletters/issues': {
    allowed: SIGNED_IN,
    // Outside the team, only the issues already sent.
    scoped: (items, actor) => {
      const statuses = new Set(items.map((i) => i.status));
      if (TEAM.includes(actor)) expect(statuses.has('draft')).toBe(true);
      else expect([...statuses]).toEqual(['sent']);
    },
  },
  'GET /api/newsletters/cadence': { allowed: TEAM },
  'POST /api/newsletters/preview': { allowed: TEAM, body: content },
  'GET /api/newsletters/issues/:id': { allowed: TEAM, url: issue() },
  'GET /api/newsletters/issues/:id/preview': { allowed: TEAM, url: issue('/preview') },
  'POST /api/newsletters/issues': { allowed: TEAM, body: content },
  'PATCH /api/newsletters/issues/:id': {
    allowed: TEAM,
    url: issue(),
    body: () => ({ preheader: 'Le relevé des décisions' }),
  },
  'GET /api/newsletters/issues/:id/check': { allowed: TEAM, url: issue('/check') },
  'POST /api/newsletters/issues/:id/test-send': {
    allowed: TEAM,
    url: issue('/test-send'),
    body: () => ({ emails: ['relecture@example.org'] }),
  },
  'POST /api/newsletters/issues/:id/submit': { allowed: TEAM, url: issue('/submit') },
  'POST /api/newsletters/issues/:id/reopen': { allowed: TEAM, url: issue('/reopen') },
  'POST /api/newsletters/issues/:id/schedule': {
    allowed: TEAM,
    url: issue('/schedule'),
    body: () => ({ sendAt: '2099-01-01T08:00:00Z' }),
  },
  'POST /api/newsletters/issues/:id/pause': { allowed: TEAM, url: issue('/pause') },
  'POST /api/newsletters/issues/:id/resume': { allowed: TEAM, url: issue('/resume') },
  // Issue 11 has two failed deliveries (seed): the first allowed caller queues them again, the next ones none.
  'POST /api/newsletters/issues/:id/resend': {
    allowed: TEAM,
    url: (f) => `/api/newsletters/issues/${f.sentIssue}/resend`,
    body: () => ({ status: 'failed' }),
  },
  'GET /api/newsletters/issues/:id/stats': {
    allowed: TEAM,
    url: (f) => `/api/newsletters/issues/${f.sentIssue}/stats`,
  },
  'GET /api/newsletters/issues/:id/deliveries': {
    allowed: TEAM,
    url: (f) => `/api/newsletters/issues/${f.sentIssue}/deliveries`,
  },

  'GET /api/newsletters/proposals': {
    allowed: [...TEAM, 'copil', 'otherCopil', 'wgLead'],
    // Proposers see their own proposals only.
    scoped: (items, actor, f) => {
      if (actor === 'wgLead') expect(items.every((p) => p.proposedById === f.wgLeadAccount)).toBe(true);
      if (TEAM.includes(actor)) expect(items.length).toBeGreaterThanOrEqual(2);
    },
  },
  'POST /api/newsletters/proposals': {
    allowed: PROPOSERS,
    body: () => ({ title: 'Matrice', text: 'Une proposition', groupName: 'GT Matrice' }),
  },
  'POST /api/newsletters/proposals/:id/accept': {
    allowed: TEAM,
    url: () => `/api/newsletters/proposals/${randomUUID()}/accept`,
    body: (f) => ({ issueId: f.draftIssue }),
  },
  'POST /api/newsletters/proposals/:id/decline': {
    allowed: TEAM,
    url: () => `/api/newsletters/proposals/${randomUUID()}/decline`,
    body: () => ({}),
  },
};

const team = {
  none: 'the communication team, the coordinator and admin only, who keep every issue, list and subscriber',
};

export const newslettersWrites: WriteCases = {
  'POST /api/newsletters/public/subscribe': {
    none: "the public form names only public lists (checked) and the visitor's own address",
  },
  'POST /api/newsletters/public/confirm': { none: 'names nothing but a single-use token sent by mail' },
  'POST /api/newsletters/public/unsubscribe/:token': { none: 'names nothing but the signed token of one subscription' },
  'POST /api/newsletters/webhooks/brevo': { none: 'changes only the address a secret-checked relay event names' },
  'POST /api/newsletters/webhooks/mailjet': { none: 'changes only the address a secret-checked relay event names' },
  'POST /api/newsletters/webhooks/ses': { none: 'changes only the address an SNS-signed notification names' },
  'POST /api/newsletters/lists': team,
  'PATCH /api/newsletters/lists/:id': team,
  'POST /api/newsletters/lists/:id/archive': team,
  'POST /api/newsletters/lists/:id/restore': team,
  'POST /api/newsletters/subscribers': team,
  'PATCH /api/newsletters/subscribers/:id': team,
  'POST /api/newsletters/preview': team,
  'POST /api/newsletters/issues': team,
  'PATCH /api/newsletters/issues/:id': team,
  'POST /api/newsletters/issues/:id/test-send': team,
  'POST /api/newsletters/issues/:id/submit': team,
  'POST /api/newsletters/issues/:id/reopen': team,
  'POST /api/newsletters/issues/:id/schedule': team,
  'POST /api/newsletters/issues/:id/pause': team,
  'POST /api/newsletters/issues/:id/resume': team,
  'POST /api/newsletters/issues/:id/resend': team,
  'POST /api/newsletters/proposals': [
    {
      actor: 'wgLead',
      tries: 'propose in the name of another account',
      status: 400,
      body: (f) => ({ title: 'Usurpée', text: 'Une proposition', proposedById: f.commsAccount }),
    },
  ],
  'POST /api/newsletters/proposals/:id/accept': team,
  'POST /api/newsletters/proposals/:id/decline': team,
};
