import { EnumOf } from '../../common/contract';
import { ROLES, type Role } from '../roles';
import { SecondFactorState } from './security.response';

export const LOCALES = ['fr', 'en'] as const;

/** The signed-in person, as the UI needs them to show their name and scope their menus. */
export class MeUser {
  id: string;
  personId: string;
  email: string;
  firstName: string;
  lastName: string;
  displayName: string;
  @EnumOf(ROLES, 'Role', { isArray: true }) roles: Role[];
  /** Organisations where the person sits on the COPIL (scope of the `copil` role). */
  organisationIds: string[];
  /** Working groups the person leads. */
  groupIds: string[];
  /** Working groups whose volunteers the person welcomes. */
  welcomeGroupIds: string[];
  /** Working groups the person belongs to. */
  memberGroupIds: string[];
  @EnumOf(LOCALES, 'Locale') locale: 'fr' | 'en';
  secondFactor: SecondFactorState;
}

export class MeResponse {
  user: MeUser;
  /**
   * The CASL rules of the user, packed with `packRules` from `@casl/ability/extra`: the UI hides what they may not do.
   */
  rules: unknown[];
}

export class InvitationResponse {
  email: string;
  firstName: string;
  lastName: string;
  expiresAt: Date;
}

/** Always the same answer, whether or not the address has an account. */
export class PasswordResetRequested {
  ok: boolean;
}
