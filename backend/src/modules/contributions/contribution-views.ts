import type { ContributionResponse } from './dto/contribution.response';

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** pg returns bigint and numeric as strings; cents stay far below 2^53, so numbers are exact. */
export function toView<T extends Record<string, unknown>>(row: T): ContributionResponse & Omit<T, keyof ContributionResponse> {
  return {
    ...row,
    quantity: Number(row.quantity),
    amountCents: num(row.amountCents),
    rateCents: num(row.rateCents),
    valueCents: Number(row.valueCents),
  } as unknown as ContributionResponse & Omit<T, keyof ContributionResponse>;
}
