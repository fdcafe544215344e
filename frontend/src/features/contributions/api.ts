import { apiUrl, call, client, download, type Query } from '@/lib/api';
import type { EvidenceDto, ReviewDecision, TotalPeriod } from '@/lib/generated/api';
import type {
  ContributionFilters,
  ContributionInput,
  ContributionListQuery,
  ContributionType,
  InKindAccountInput,
  RateChanges,
  RateInput,
  TotalDimension,
} from './types';

const contributions = client.contributions;

export const contributionsApi = {
  list: (query: ContributionListQuery, signal?: AbortSignal) =>
    call(contributions.contributionsList(query, { signal })),
  totals: (filters: ContributionFilters, groupBy: TotalDimension[], period?: TotalPeriod, signal?: AbortSignal) =>
    call(contributions.contributionsTotalsOf({ ...filters, groupBy, period }, { signal })),
  get: (id: string, signal?: AbortSignal) => call(contributions.contributionsGet({ id }, { signal })),
  create: (input: ContributionInput) => call(contributions.contributionsCreate(input)),
  update: (id: string, input: Partial<ContributionInput>) => call(contributions.contributionsUpdate({ id }, input)),
  correct: (id: string, input: Partial<ContributionInput> & { reason: string }) =>
    call(contributions.contributionsCorrect({ id }, input)),
  remove: (id: string) => call(contributions.contributionsRemove({ id })),
  submit: (ids: string[]) => call(contributions.contributionsSubmit({ ids })),
  review: (ids: string[], decision: ReviewDecision, reason?: string) =>
    call(contributions.contributionsReview({ ids, decision, reason })),
  attach: (id: string, file: EvidenceDto) => call(contributions.contributionsAttach({ id }, file)),
  detach: (id: string) => call(contributions.contributionsDetach({ id })),
  /** Names the givers: fetched, so the password can be asked again first. */
  export: (filters: ContributionFilters, format: 'csv' | 'xlsx' = 'csv') =>
    download('/contributions/export', `contributions.${format}`, { ...(filters as Query), format }),
  /** Links the browser follows itself (downloads carry the session cookie). */
  evidenceUrl: (id: string) => apiUrl(`/contributions/${id}/evidence`),
};

export const ratesApi = {
  list: (signal?: AbortSignal) => call(contributions.contributionRatesList({ signal })),
  units: (signal?: AbortSignal) => call(contributions.contributionRatesUnits({ signal })),
  create: (input: RateInput) => call(contributions.contributionRatesCreate(input)),
  update: (id: string, input: RateChanges) => call(contributions.contributionRatesUpdate({ id }, input)),
};

export const inKindApi = {
  accounts: (signal?: AbortSignal) => call(contributions.inKindAccounts({ signal })),
  updateAccount: (type: ContributionType, input: InKindAccountInput) =>
    call(contributions.inKindUpdateAccount({ type }, input)),
  statement: (year: number, organisationId: string | undefined, signal?: AbortSignal) =>
    call(contributions.inKindStatement({ year, organisationId }, { signal })),
  statementCsvUrl: (year: number, organisationId?: string) =>
    apiUrl('/in-kind/statement/export', { year, organisationId }),
};
