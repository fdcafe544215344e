import {
  Role,
  type InvitationResponse,
  type SecondFactorSetupResponse,
  type SessionResponse,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type { Role };
export const ROLES = Object.values(Role);
export type { PackedRules, Session, SessionUser } from '@/lib/session-api';
export type Invitation = InvitationResponse;
export type TotpSetup = SecondFactorSetupResponse;
export type AccountSession = SessionResponse;
