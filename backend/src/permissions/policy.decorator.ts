import { SetMetadata } from '@nestjs/common';
import type { Action, Subject } from './ability';

export const POLICY_KEY = 'maillage:policy';

export type RoutePolicy =
  { kind: 'public' } | { kind: 'signed-in' } | { kind: 'ability'; action: Action; subject: Subject };

/** Who may call the route: the guard refuses every route that declares none. */
export const Policy = (action: Action, subject: Subject) =>
  SetMetadata(POLICY_KEY, { kind: 'ability', action, subject } satisfies RoutePolicy);
/** Open to anonymous visitors (login, public forms, health). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies RoutePolicy);
/**
 * A sensitive action (roles, split approval and payment, exports of personal data): allowed only within
 * REAUTH_MINUTES of the session's last sign-in or re-authentication; else a 403
 * `permissions.reauthentication_required`.
 */
export const REAUTH_KEY = 'maillage:reauth';
export const REAUTH_MINUTES = 10;
export const Reauthenticated = () => SetMetadata(REAUTH_KEY, true);
/** Any signed-in person, whatever their roles (their own profile, logout). */
export const SignedIn = () => SetMetadata(POLICY_KEY, { kind: 'signed-in' } satisfies RoutePolicy);
