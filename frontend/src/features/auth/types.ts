import type { PackRule } from '@casl/ability/extra';
import type { RawRuleOf } from '@casl/ability';
import { Role, type InvitationResponse, type MeResponse, type MeUser, type SecondFactorSetupResponse, type SessionResponse } from '@/lib/generated/api';
import type { AppAbility } from '@/lib/ability';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type { Role };
export const ROLES = Object.values(Role);
export type SessionUser = MeUser;
export type PackedRules = PackRule<RawRuleOf<AppAbility>>[];
/** What login, /auth/me and the account changes answer; the rules typed for CASL. */
export type Session = Omit<MeResponse, 'rules'> & { rules: PackedRules };
export type Invitation = InvitationResponse;
export type TotpSetup = SecondFactorSetupResponse;
export type AccountSession = SessionResponse;
