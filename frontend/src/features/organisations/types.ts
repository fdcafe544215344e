import {
  MembershipStatus,
  OrganisationKind,
  type CreateOrganisationDto,
  type OrganisationDetailResponse,
  type OrganisationPersonResponse,
  type OrganisationResponse,
  type OrganisationsListParams,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type { MembershipStatus, OrganisationKind };
export type Organisation = OrganisationResponse;
export type OrganisationDetail = OrganisationDetailResponse;
export type OrganisationPerson = OrganisationPersonResponse;
export type OrganisationInput = CreateOrganisationDto;
export type OrganisationListQuery = OrganisationsListParams;

export const ORGANISATION_KINDS = Object.values(OrganisationKind);
export const MEMBERSHIP_STATUSES = Object.values(MembershipStatus);
