import {
  MembershipRole,
  type CreatePersonDto,
  type PeopleListParams,
  type PersonMembershipResponse,
  type PersonResponse,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type { MembershipRole };
export const MEMBERSHIP_ROLES = Object.values(MembershipRole);
export type Person = PersonResponse;
export type PersonMembership = PersonMembershipResponse;
/** Body of POST and PATCH; on PATCH `memberships` replaces the whole set. */
export type PersonInput = CreatePersonDto;
export type PersonListQuery = PeopleListParams;
export const PERSON_SORTS = ['lastName', 'firstName', 'email', 'createdAt'] as const satisfies readonly NonNullable<
  PeopleListParams['sort']
>[];
