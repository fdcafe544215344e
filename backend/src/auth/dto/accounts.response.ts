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
  lastLoginAt: Date | null;
  createdAt: Date;
}

export class InvitationSentResponse {
  id: string;
  email: string;
  expiresAt: Date;
}
