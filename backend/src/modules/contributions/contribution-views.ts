import { centsFrom, centsOrNull } from '@maillage/emails/money';
import type { ContributionResponse } from './dto/contribution.response';

/** pg returns bigint and numeric as strings; cents stay far below 2^53, so numbers are exact. */
export function toView<T extends Record<string, unknown>>(row: T): ContributionResponse & Omit<T, keyof ContributionResponse> {
  return {
    ...row,
    quantity: Number(row.quantity),
    amountCents: centsOrNull(row.amountCents as string | null),
    rateCents: centsOrNull(row.rateCents as string | null),
    valueCents: centsFrom(row.valueCents as string),
  } as unknown as ContributionResponse & Omit<T, keyof ContributionResponse>;
}
