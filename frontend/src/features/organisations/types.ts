import type { MembershipRole } from '@/features/people/types';

export const ORGANISATION_KINDS = ['association', 'cooperative', 'collective', 'public_body'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MEMBERSHIP_STATUSES = ['candidate', 'member', 'former'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  membershipStatus: MembershipStatus;
  /** Calendar dates, YYYY-MM-DD. */
  candidateSince: string | null;
  memberSince: string | null;
  formerSince: string | null;
  charterSignedOn: string | null;
  hasCopilSeat: boolean;
  territory: string | null;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  description: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationPerson {
  membershipId: string;
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  role: MembershipRole;
}

export interface OrganisationDetail extends Organisation {
  people: OrganisationPerson[];
}

/** Body of POST and PATCH. */
export type OrganisationInput = Omit<Organisation, 'id' | 'archivedAt' | 'createdAt' | 'updatedAt'>;

export const ORGANISATION_SORTS = ['name', 'kind', 'membershipStatus', 'territory', 'createdAt'] as const;

export interface OrganisationListQuery {
  q?: string;
  kind?: OrganisationKind;
  membershipStatus?: MembershipStatus;
  territory?: string;
  includeArchived?: boolean;
  sort?: (typeof ORGANISATION_SORTS)[number];
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}
