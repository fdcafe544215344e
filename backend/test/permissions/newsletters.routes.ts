import { randomUUID } from 'node:crypto';
import { unsubscribeToken } from '../../src/modules/newsletters/unsubscribe-token';
import { only, SIGNED_IN, type Actor, type FixtureBuilder, type RouteCases } from './matrix';

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
};

export const newslettersRoutes: RouteCases = {
  'GET /api/newsletters/public/form': { allowed: ANYONE },
  'POST /api/newsletters/public/subscribe': {
    allowed: ANYONE,
    body: (f) => ({ email: `matrice-${unique()}@example.org`, locale: 'fr', listIds: [f.list], consentTextVersion: '2026-01', sourcePage: 'https://transiscope.example.org/lettre' }),
  },
  'POST /api/newsletters/public/confirm': { allowed: ANYONE, body: () => ({ token: 'unknown' }) },
  'GET /api/newsletters/public/unsubscribe/:token': { allowed: ANYONE, url: (f) => `/api/newsletters/public/unsubscribe/${f.unsubscribeToken}` },
  'GET /api/newsletters/public/unsubscribe/:token/info': { allowed: ANYONE, url: (f) => `/api/newsletters/public/unsubscribe/${f.unsubscribeToken}/info` },
  // An unknown (but well-formed) pair: the route answers 404 without unsubscribing the fixture's subscriber.
  'POST /api/newsletters/public/unsubscribe/:token': {
    allowed: ANYONE,
    url: (f) => `/api/newsletters/public/unsubscribe/${unsubscribeToken('x'.repeat(40), randomUUID(), f.list)}`,
  },

  'GET /api/newsletters/lists': { allowed: TEAM },
  'POST /api/newsletters/lists': { allowed: TEAM, body: () => ({ key: `matrice-${unique()}`, name: 'Matrice' }) },
  'PATCH /api/newsletters/lists/:id': { allowed: TEAM, url: (f) => `/api/newsletters/lists/${f.list}`, body: () => ({ description: 'Tous les deux mois' }) },
  'POST /api/newsletters/lists/:id/archive': { allowed: TEAM, url: (f) => `/api/newsletters/lists/${f.list}/archive` },
  'POST /api/newsletters/lists/:id/restore': { allowed: TEAM, url: (f) => `/api/newsletters/lists/${f.list}/restore` },

  'GET /api/newsletters/subscribers': { allowed: TEAM },
  'GET /api/newsletters/subscribers/export': { allowed: TEAM },
  'POST /api/newsletters/subscribers/import': {
    allowed: TEAM,
    body: (f) => ({ csv: `email\nimport-${unique()}@example.org\n`, listIds: [f.list], consentSource: 'Matrice', dryRun: true }),
  },
  'GET /api/newsletters/subscribers/:id': { allowed: TEAM, url: (f) => `/api/newsletters/subscribers/${f.subscriber}` },
  'POST /api/newsletters/subscribers': {
    allowed: TEAM,
    body: (f) => ({ email: `ajout-${unique()}@example.org`, listIds: [f.list], consentSource: 'Matrice' }),
  },
  'PATCH /api/newsletters/subscribers/:id': { allowed: TEAM, url: (f) => `/api/newsletters/subscribers/${f.subscriber}`, body: () => ({ firstName: 'Claire' }) },
};
