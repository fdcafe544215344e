import type { PackRule } from '@casl/ability/extra';
import type { RawRuleOf } from '@casl/ability';
import type { AppAbility } from '@/lib/ability';
import type { Locale } from '@/lib/i18n/config';

export const ROLES = ['admin', 'coordinator', 'copil', 'comms', 'wg_lead', 'contractor', 'volunteer'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  email: string;
  personId: string | null;
  firstName: string;
  lastName: string;
  displayName: string;
  roles: Role[];
  organisationIds: string[];
  groupIds: string[];
  /** Groups whose volunteers they welcome, and groups they belong to (see the API's session scopes). */
  welcomeGroupIds: string[];
  memberGroupIds: string[];
  locale: Locale;
  /** Whether the account has a second factor, and whether one of its roles requires it. */
  secondFactor: { enabled: boolean; required: boolean };
}

export type PackedRules = PackRule<RawRuleOf<AppAbility>>[];

/** What login, /auth/me and the account changes answer. */
export interface Session {
  user: SessionUser;
  rules: PackedRules;
}

export interface Invitation {
  email: string;
  firstName: string;
  lastName: string;
  expiresAt: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

export interface AccountSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}
