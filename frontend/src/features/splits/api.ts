import { apiUrl, call, client } from '@/lib/api';
import type { ApproveSplitDto, RecordPaymentDto, ReversePaymentDto } from '@/lib/generated/api';
import type { LedgerQuery, SaveSplitInput, SplitListQuery, SplitParameters } from './types';

const splits = client.splits;

export const splitsApi = {
  list: (query: SplitListQuery, signal?: AbortSignal) => call(splits.splitsList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(splits.splitsGet({ id }, { signal })),
  simulate: (input: SplitParameters) => call(splits.splitsSimulate(input)),
  create: (input: SaveSplitInput) => call(splits.splitsCreate(input)),
  update: (id: string, input: SaveSplitInput) => call(splits.splitsUpdate({ id }, input)),
  remove: (id: string) => call(splits.splitsRemove({ id })),
  approve: (id: string, body: ApproveSplitDto) => call(splits.splitsApprove({ id }, body)),
  recordPayment: (id: string, body: RecordPaymentDto) => call(splits.splitsRecordPayment({ id }, body)),
  reversePayment: (id: string, paymentId: string, body: ReversePaymentDto) =>
    call(splits.splitsReversePayment({ id, paymentId }, body)),
  grants: (signal?: AbortSignal) => call(splits.splitsGrants({ signal })),
  ledger: (query: LedgerQuery, signal?: AbortSignal) => call(splits.splitsLedger(query, { signal })),
  organisationStatement: (organisationId: string, signal?: AbortSignal) =>
    call(splits.splitsOrganisationStatement({ organisationId }, { signal })),
  splitStatement: (id: string, organisationId: string, signal?: AbortSignal) =>
    call(splits.splitsSplitStatement({ id, organisationId }, { signal })),
  /** Download links (the browser sends the session cookie with a plain GET). */
  exportUrl: (id: string) => apiUrl(`/splits/${id}/export.csv`),
  organisationStatementCsvUrl: (organisationId: string) =>
    apiUrl(`/splits/organisations/${organisationId}/statement.csv`),
  splitStatementCsvUrl: (id: string, organisationId: string) =>
    apiUrl(`/splits/${id}/statements/${organisationId}/statement.csv`),
};
