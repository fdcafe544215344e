import { EnumOf } from '../../common/contract';
import { ROLES, type Role } from '../roles';
import { LOCALES } from './auth.response';

export class AccountResponse {
  id: string;
  email: string;
  displayName: string;
  personId: string;
  @EnumOf(ROLES, 'Role', { isArray: true }) roles: Role[];
  @EnumOf(LOCALES, 'Locale') locale: string;
  disabledAt: Date | null;
  /** Invited and not signed in yet: the invitation has not been accepted. */
  invitationPending: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export class InvitationSentResponse {
  id: string;
  email: string;
  expiresAt: Date;
}
