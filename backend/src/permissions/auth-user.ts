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
  /** Working groups the person leads: a current referent term (scope of the `wg_lead` role). */
  groupIds: string[];
  /** Working groups whose volunteers the person welcomes: a current welcomer term (the pipeline only). */
  welcomeGroupIds: string[];
  /** Working groups the person belongs to: any current term, or a volunteer who has not left. */
  memberGroupIds: string[];
  locale: 'fr' | 'en';
  sessionId: string;
}

/** What the session knows besides who: loaded with it, not part of the permission rules. */
export interface SessionFacts {
  /** Whether the person has a second factor, and whether one of their roles demands it (security settings). */
  secondFactor: { enabled: boolean; required: boolean };
  /** When they last proved who they are in this session: sensitive actions want it recent. */
  authenticatedAt: Date;
}
