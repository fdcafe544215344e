import {
  ContributionSort,
  ContributionStatus,
  ContributionType,
  ContributionUnit,
  type TotalDimension,
  type AccountTotalResponse,
  type ContributionDetailResponse,
  type ContributionPageResponse,
  type ContributionRateResponse,
  type ContributionResponse,
  type ContributionsExportParams,
  type ContributionsListParams,
  type ContributionTotalResponse,
  type CreateContributionDto,
  type CreateRateDto,
  type InKindAccountResponse,
  type InKindStatementResponse,
  type UpdateInKindAccountDto,
  type UpdateRateDto,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type { ContributionStatus, ContributionType, ContributionUnit, TotalDimension };
export type Contribution = ContributionResponse;
export type ContributionDetail = ContributionDetailResponse;
export type ContributionPage = ContributionPageResponse;
export type ContributionFilters = ContributionsExportParams;
export type ContributionListQuery = ContributionsListParams;
export type TotalRow = ContributionTotalResponse;
/** Body of POST and PATCH. */
export type ContributionInput = CreateContributionDto;
export type Rate = ContributionRateResponse;
export type RateInput = CreateRateDto;
export type RateChanges = UpdateRateDto;
export type InKindAccount = InKindAccountResponse;
export type InKindAccountInput = UpdateInKindAccountDto;
export type AccountTotal = AccountTotalResponse;
export type InKindStatement = InKindStatementResponse;

export const CONTRIBUTION_TYPES = Object.values(ContributionType);
export const CONTRIBUTION_UNITS = Object.values(ContributionUnit);
export const CONTRIBUTION_STATUSES = Object.values(ContributionStatus);
export const CONTRIBUTION_SORTS = Object.values(ContributionSort);

/** Statuses whose content its author may still change: the UI offers editing only then. */
export const EDITABLE_STATUSES: readonly ContributionStatus[] = ['draft', 'rejected'];
