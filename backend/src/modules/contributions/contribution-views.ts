import type { ContributionStatus, ContributionType, ContributionUnit } from './contribution-types';

/** A contribution as the API answers it: money in integer cents, quantities as numbers, names joined. */
export interface ContributionView {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
  personName: string | null;
  enteredById: string;
  type: ContributionType;
  unit: ContributionUnit;
  startsOn: string;
  endsOn: string;
  quantity: number;
  amountCents: number | null;
  rateCents: number | null;
  valueCents: number;
  description: string;
  workingGroupId: string | null;
  grantId: string | null;
  status: ContributionStatus;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  rejectionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContributionDetail extends ContributionView {
  /** Null when there is no link, or when the caller may not read the group or grant linked. */
  workingGroupName: string | null;
  grantTitle: string | null;
  enteredByName: string | null;
  submittedById: string | null;
  submittedByName: string | null;
  reviewedById: string | null;
  reviewedByName: string | null;
  rateId: string | null;
  rateLabel: string | null;
  evidenceUrl: string | null;
  evidence: { fileName: string; contentType: string; size: number; uploadedAt: Date } | null;
}

export interface ContributionPage {
  items: ContributionView[];
  total: number;
  /** Value of every contribution the filters match, not only this page's. */
  totalValueCents: number;
  page: number;
  pageSize: number;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** pg returns bigint and numeric as strings; cents stay far below 2^53, so numbers are exact. */
export function toView<T extends Record<string, unknown>>(row: T): ContributionView & Omit<T, keyof ContributionView> {
  return {
    ...row,
    quantity: Number(row.quantity),
    amountCents: num(row.amountCents),
    rateCents: num(row.rateCents),
    valueCents: Number(row.valueCents),
  } as unknown as ContributionView & Omit<T, keyof ContributionView>;
}
