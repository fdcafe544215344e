import { inviteAccount } from '../factories/accounts';
import { organisationId } from '../factories/organisations';
import { personId } from '../factories/people';
import { demo } from '../support/app';
import { only, SIGNED_IN, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;

export const foundationFixtures: FixtureBuilder = async (t, f) => {
  f.ownOrg = await organisationId(t, 'Colibris');
  f.otherOrg = await organisationId(t, 'PôleS NOE');
  const [person] = await t.db.query(
    `SELECT p.id FROM people p WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = p.id) LIMIT 1`,
  );
  f.person = person.id;
  f.volunteerPerson = await personId(t, demo.volunteer);
  // An account the matrix may disable and re-role without locking out an actor.
  f.targetAccount = (await inviteAccount(await t.as(demo.admin), { firstName: 'Cible', lastName: 'Matrice' })).id;
  // An invitation of its own to send again and revoke (the first revoke wins; later calls get a 409).
  f.pendingAccount = (await inviteAccount(await t.as(demo.admin), { firstName: 'Relance', lastName: 'Matrice' })).id;
  // An open session of the admin's (the sign-in above), as the sessions list names it: no one else may end it.
  const [session] = await t.db.query(
    `SELECT left(s.token_hash, 16) AS id FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = $1 ORDER BY s.created_at DESC LIMIT 1`,
    [demo.admin],
  );
  f.adminSession = session.id;
};

export const foundationRoutes: RouteCases = {
  'GET /api/health': { allowed: ['anonymous', ...SIGNED_IN] },
  'GET /api/health/live': { allowed: ['anonymous', ...SIGNED_IN] },
  'GET /api/health/ready': { allowed: ['anonymous', ...SIGNED_IN] },
  // The matrix calls from loopback through no proxy: open to all there (test/e2e/metrics.e2e-spec.ts checks the
  // refusals).
  'GET /api/metrics': { allowed: ['anonymous', ...SIGNED_IN] },
  'GET /api/backups/status': { allowed: only('admin') },
  'GET /api/outbox/jobs': { allowed: only('admin') },
  // No job in the matrix's database: the admin gets a 404, everyone else is refused before looking.
  'POST /api/outbox/jobs/:id/retry': { allowed: only('admin'), url: () => '/api/outbox/jobs/999999/retry' },

  'POST /api/auth/login': {
    allowed: ['anonymous', ...SIGNED_IN],
    body: () => ({ email: demo.contractor, password: 'Maillage-demo-2026' }),
  },
  'POST /api/auth/logout': { allowed: SIGNED_IN, freshSession: true },
  'GET /api/auth/me': { allowed: SIGNED_IN },
  'PATCH /api/auth/me/password': {
    allowed: SIGNED_IN,
    body: () => ({ currentPassword: 'wrong-password-here', newPassword: 'Une phrase de passe solide 2026' }),
  },
  'PATCH /api/auth/me/email': {
    allowed: SIGNED_IN,
    body: () => ({ currentPassword: 'wrong-password-here', email: 'nouvelle@maillage.test' }),
  },
  'PATCH /api/auth/me/locale': { allowed: SIGNED_IN, body: () => ({ locale: 'fr' }) },
  'POST /api/auth/password-reset': {
    allowed: ['anonymous', ...SIGNED_IN],
    body: () => ({ email: 'personne@maillage.test' }),
  },
  'POST /api/auth/password-reset/confirm': {
    allowed: ['anonymous', ...SIGNED_IN],
    body: () => ({ token: 'unknown', password: 'Une phrase de passe solide 2026' }),
  },
  'GET /api/auth/invitations/:token': {
    allowed: ['anonymous', ...SIGNED_IN],
    url: () => '/api/auth/invitations/unknown',
  },
  'POST /api/auth/invitations/accept': {
    allowed: ['anonymous', ...SIGNED_IN],
    body: () => ({ token: 'unknown', password: 'Une phrase de passe solide 2026' }),
  },

  'POST /api/auth/reauthenticate': { allowed: SIGNED_IN, body: () => ({ password: 'wrong-password-here' }) },
  'GET /api/auth/sessions': { allowed: SIGNED_IN },
  'POST /api/auth/sessions/end-others': { allowed: SIGNED_IN, freshSession: true, endsOtherSessions: true },
  'DELETE /api/auth/sessions/:id': { allowed: SIGNED_IN, url: () => '/api/auth/sessions/0123456789abcdef' },
  'POST /api/auth/second-factor/setup': { allowed: SIGNED_IN },
  'POST /api/auth/second-factor/enable': {
    allowed: SIGNED_IN,
    body: () => ({ currentPassword: 'wrong-password-here', code: '000000' }),
  },
  'POST /api/auth/second-factor/recovery-codes': {
    allowed: SIGNED_IN,
    body: () => ({ currentPassword: 'wrong-password-here', code: '000000' }),
  },
  'POST /api/auth/second-factor/disable': {
    allowed: SIGNED_IN,
    body: () => ({ currentPassword: 'wrong-password-here', code: '000000' }),
  },
  'GET /api/security/settings': { allowed: only('admin') },
  'PUT /api/security/settings': { allowed: only('admin'), body: () => ({ totpRequiredFor: [] }) },

  'GET /api/accounts': { allowed: only('admin', 'coordinator') },
  'POST /api/invitations': {
    allowed: only('admin', 'coordinator'),
    body: () => ({
      email: `invite-${unique()}@maillage.test`,
      firstName: 'Nina',
      lastName: 'Invitée',
      roles: ['volunteer'],
    }),
  },
  'POST /api/invitations/:id/resend': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/invitations/${f.pendingAccount}/resend`,
  },
  'POST /api/invitations/:id/revoke': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/invitations/${f.pendingAccount}/revoke`,
  },
  'PATCH /api/accounts/:id/roles': {
    allowed: only('admin'),
    url: (f) => `/api/accounts/${f.targetAccount}/roles`,
    body: () => ({ roles: ['volunteer'] }),
  },
  'POST /api/accounts/:id/disable': { allowed: only('admin'), url: (f) => `/api/accounts/${f.targetAccount}/disable` },
  'POST /api/accounts/:id/enable': { allowed: only('admin'), url: (f) => `/api/accounts/${f.targetAccount}/enable` },

  'GET /api/audit': { allowed: only('admin', 'coordinator') },
  'GET /api/audit/export': { allowed: only('admin', 'coordinator') },
  'GET /api/network-export': { allowed: only('admin', 'coordinator') },
  'GET /api/audit/verify': { allowed: only('admin') },

  'GET /api/organisations': { allowed: SIGNED_IN },
  'GET /api/organisations/territories': { allowed: SIGNED_IN },
  'GET /api/organisations/export': { allowed: SIGNED_IN },
  'GET /api/organisations/:id': { allowed: SIGNED_IN, url: (f) => `/api/organisations/${f.ownOrg}` },
  'POST /api/organisations': {
    allowed: only('admin', 'coordinator'),
    body: () => ({ name: `Matrice ${unique()}`, kind: 'collective', membershipStatus: 'candidate' }),
  },
  'PATCH /api/organisations/:id': {
    allowed: only('admin', 'coordinator', 'copil'),
    url: (f) => `/api/organisations/${f.ownOrg}`,
    body: () => ({ territory: 'Île-de-France' }),
  },
  'POST /api/organisations/:id/archive': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/organisations/${f.ownOrg}/archive`,
  },
  'POST /api/organisations/:id/restore': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/organisations/${f.ownOrg}/restore`,
  },

  'GET /api/people': {
    allowed: SIGNED_IN,
    // Contractors and volunteers see only their own card.
    scoped: (items, actor, f) => {
      if (actor === 'volunteer') expect(items.map((p) => p.id)).toEqual([f.volunteerPerson]);
      else if (actor === 'contractor' || actor === 'treasurer') expect(items).toHaveLength(1);
      else expect(items.length).toBeGreaterThan(1);
    },
  },
  // Everyone may export the people they may list (a volunteer: themselves); the rows are checked in exports.e2e-spec.
  'GET /api/people/export': { allowed: SIGNED_IN },
  'GET /api/people/:id': {
    allowed: only('admin', 'coordinator', 'copil', 'otherCopil', 'comms', 'wgLead'),
    url: (f) => `/api/people/${f.person}`,
  },
  'POST /api/people': {
    allowed: only('admin', 'coordinator'),
    body: () => ({ firstName: 'Matrice', lastName: unique() }),
  },
  'PATCH /api/people/:id': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/people/${f.person}`,
    body: () => ({ notes: 'vu en réunion' }),
  },
  'POST /api/people/:id/archive': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/people/${f.person}/archive`,
  },
  'POST /api/people/:id/restore': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/people/${f.person}/restore`,
  },
};

const ownAccount = { none: "acts on the caller's own account or session only" };
const publicToken = { none: 'names nothing but a single-use token sent by mail' };

export const foundationWrites: WriteCases = {
  'POST /api/auth/login': { none: 'names only the credentials given' },
  'POST /api/outbox/jobs/:id/retry': { none: 'the admin only, who may retry any job' },
  'POST /api/auth/logout': ownAccount,
  'PATCH /api/auth/me/password': ownAccount,
  'PATCH /api/auth/me/email': ownAccount,
  'PATCH /api/auth/me/locale': ownAccount,
  'POST /api/auth/password-reset': {
    none: 'sends a link to the address given; the same answer whether it exists or not',
  },
  'POST /api/auth/password-reset/confirm': publicToken,
  'POST /api/auth/invitations/accept': publicToken,
  'POST /api/invitations': [
    {
      actor: 'coordinator',
      tries: 'invite an admin (only an admin grants admin)',
      body: () => ({
        email: `escalade-${unique()}@maillage.test`,
        firstName: 'Esca',
        lastName: 'Lade',
        roles: ['admin'],
      }),
    },
  ],
  'POST /api/invitations/:id/resend': { none: "names no one else: the invitation's own account" },
  'POST /api/invitations/:id/revoke': { none: "names no one else: the invitation's own account" },
  'POST /api/auth/reauthenticate': ownAccount,
  'POST /api/auth/sessions/end-others': ownAccount,
  'DELETE /api/auth/sessions/:id': [
    // Not found rather than forbidden: the caller's own sessions are the only ones looked for.
    {
      actor: 'volunteer',
      tries: "end the admin's session",
      url: (f) => `/api/auth/sessions/${f.adminSession}`,
      body: () => ({}),
      status: 404,
    },
  ],
  'POST /api/auth/second-factor/setup': ownAccount,
  'POST /api/auth/second-factor/enable': ownAccount,
  'POST /api/auth/second-factor/recovery-codes': ownAccount,
  'POST /api/auth/second-factor/disable': ownAccount,
  'PUT /api/security/settings': { none: 'admin only, who may require a second factor of any role' },
  'PATCH /api/accounts/:id/roles': { none: 'admin only, who may grant every role' },
  'POST /api/accounts/:id/disable': { none: 'admin only' },
  'POST /api/accounts/:id/enable': { none: 'admin only' },
  'POST /api/organisations': { none: 'coordinator and admin only, who may create any organisation' },
  'PATCH /api/organisations/:id': [
    {
      actor: 'copil',
      tries: "update another organisation's card",
      url: (f) => `/api/organisations/${f.otherOrg}`,
      body: () => ({ territory: 'Ailleurs' }),
    },
  ],
  'POST /api/organisations/:id/archive': { none: 'coordinator and admin only' },
  'POST /api/organisations/:id/restore': { none: 'coordinator and admin only' },
  'POST /api/people': { none: 'coordinator and admin only' },
  'PATCH /api/people/:id': [
    {
      actor: 'volunteer',
      tries: 'give themselves a COPIL seat in an organisation',
      url: (f) => `/api/people/${f.volunteerPerson}`,
      body: (f) => ({ memberships: [{ organisationId: f.ownOrg, role: 'copil_member' }] }),
    },
    {
      actor: 'copil',
      tries: "edit another person's contact card",
      url: (f) => `/api/people/${f.person}`,
      body: () => ({ email: 'detourne@maillage.test' }),
    },
  ],
  'POST /api/people/:id/archive': { none: 'coordinator and admin only' },
  'POST /api/people/:id/restore': { none: 'coordinator and admin only' },
};
