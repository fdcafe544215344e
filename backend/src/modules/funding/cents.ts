import type { ValueTransformer } from 'typeorm';

/**
 * Money is stored as integer cents in `bigint` columns; pg hands bigint back as a string. Amounts here stay far below
 * 2^53 cents (90 000 billion euros), so they travel as exact JS integers.
 */
export const cents: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A SQL sum of cents, never null, as a JS integer. */
export const toCents = (value: string | number | null | undefined): number => (value === null || value === undefined ? 0 : Number(value));
