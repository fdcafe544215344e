import { demo } from '../support/app';
import { SIGNED_IN, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

/** One's own notifications: everyone signed in, on their own rows only (another's id is a 404, see the e2e spec). */
export const notificationsFixtures: FixtureBuilder = async (t, f) => {
  const [row] = await t.db.query(
    `INSERT INTO notifications (recipient_id, kind, params, link)
     SELECT id, 'action_assigned', '{"subject":"Action de la matrice"}', '/my-actions' FROM accounts WHERE email = $1
     RETURNING id`,
    [demo.coordinator],
  );
  f.coordinatorNotification = row.id;
};

export const notificationsRoutes: RouteCases = {
  'GET /api/notifications': {
    allowed: SIGNED_IN,
    scoped: (items, actor, f) =>
      expect(items.some((i) => i.id === f.coordinatorNotification)).toBe(actor === 'coordinator'),
  },
  'POST /api/notifications/read': { allowed: SIGNED_IN },
  // Everyone gets past the rule; anyone but the coordinator then finds no such notification of theirs (404).
  'POST /api/notifications/:id/read': {
    allowed: SIGNED_IN,
    url: (f) => `/api/notifications/${f.coordinatorNotification}/read`,
  },
  'GET /api/notifications/preference': { allowed: SIGNED_IN },
  'PUT /api/notifications/preference': { allowed: SIGNED_IN, body: () => ({ byEmail: 'digest' }) },
};

export const notificationsWrites: WriteCases = {
  'POST /api/notifications/read': { none: 'marks the caller’s own notifications only' },
  'POST /api/notifications/:id/read': { none: 'the caller’s own notification only; another’s is a 404' },
  'PUT /api/notifications/preference': { none: 'the caller’s own account only' },
};
