import type { Role } from '../auth/roles';

/** The signed-in person as the permission rules see them; loaded with the session on every request. */
export interface AuthUser {
  id: string;
  personId: string;
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  /** Organisations where the person sits on the COPIL (scope of the `copil` role). */
  organisationIds: string[];
  /** Working groups the person leads (scope of the `wg_lead` role). */
  groupIds: string[];
  locale: 'fr' | 'en';
  sessionId: string;
}
