import { EnumOf } from '../../common/contract';
import { ROLES, type Role } from '../roles';

/** Whether the person has a second factor, and whether one of their roles demands it. */
export class SecondFactorState {
  enabled: boolean;
  required: boolean;
}

/** What the authenticator app is given: the secret, typed or scanned (the URI is the QR code's content). */
export class SecondFactorSetupResponse {
  secret: string;
  otpauthUri: string;
}

/** Ten single-use codes, shown once: only their hashes are kept. */
export class RecoveryCodesResponse {
  recoveryCodes: string[];
}

/** One of the person's open sessions. */
export class SessionResponse {
  /** The first 16 hex digits of the stored token hash: enough to end it, not to use it. */
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
  /** The session this request came with. */
  current: boolean;
}

export class SecuritySettingsResponse {
  /** Roles whose holders must turn a second factor on before anything else. */
  @EnumOf(ROLES, 'Role', { isArray: true }) totpRequiredFor: Role[];
}
