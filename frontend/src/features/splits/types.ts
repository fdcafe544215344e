import {
  LedgerKind,
  SplitRule,
  SplitStatus,
  type AvailableGrantResponse,
  type OrganisationStatementResponse,
  type SaveSplitDto,
  type SplitDetailResponse,
  type SplitLedgerEntryResponse,
  type SplitLineResponse,
  type SplitListItemResponse,
  type SplitParametersDto,
  type SplitPaymentResponse,
  type SplitsLedgerParams,
  type SplitSimulationResponse,
  type SplitsListParams,
  type SplitStatementResponse,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
// Money in integer cents; percentages and weights in basis points.
export type { LedgerKind, SplitRule, SplitStatus };
/** Body of POST /splits/simulate; with a title and notes, of POST /splits and PUT /splits/:id. */
export type SplitParameters = SplitParametersDto;
export type SaveSplitInput = SaveSplitDto;
export type SplitLine = SplitLineResponse;
export type AvailableGrant = AvailableGrantResponse;
export type Simulation = SplitSimulationResponse;
export type SplitListItem = SplitListItemResponse;
export type SplitListQuery = SplitsListParams;
export type Payment = SplitPaymentResponse;
export type SplitDetail = SplitDetailResponse;
export type LedgerEntry = SplitLedgerEntryResponse;
export type LedgerQuery = SplitsLedgerParams;
export type OrganisationStatement = OrganisationStatementResponse;
export type SplitStatement = SplitStatementResponse;

/** The rules in the order the editor offers them, those that follow contributions first. */
export const SPLIT_RULES: readonly SplitRule[] = [
  SplitRule.Proportional,
  SplitRule.BasePlusProportional,
  SplitRule.FixedPercent,
  SplitRule.FixedAmount,
];
export const PROPORTIONAL_RULES: readonly SplitRule[] = [SplitRule.Proportional, SplitRule.BasePlusProportional];
export const SPLIT_STATUSES = Object.values(SplitStatus);
export const LEDGER_KINDS = Object.values(LedgerKind);
