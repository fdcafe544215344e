export const MEMBERSHIP_ROLES = ['representative', 'copil_member', 'staff', 'volunteer'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export interface PersonMembership {
  id: string;
  organisationId: string;
  organisationName: string;
  role: MembershipRole;
}

export interface Person {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  hasAccount: boolean;
  archivedAt: string | null;
  memberships: PersonMembership[];
}

/** Body of POST and PATCH; on PATCH `memberships` replaces the whole set. */
export interface PersonInput {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  memberships: { organisationId: string; role: MembershipRole }[];
}

export const PERSON_SORTS = ['lastName', 'firstName', 'email', 'createdAt'] as const;

export interface PersonListQuery {
  q?: string;
  organisationId?: string;
  hasAccount?: boolean;
  includeArchived?: boolean;
  sort?: (typeof PERSON_SORTS)[number];
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}
