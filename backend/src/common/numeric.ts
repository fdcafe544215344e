import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL `numeric` arrives as a string (it may not fit a double); quantities such as days or hours, with two
 * decimals, fit one exactly enough to show. Sums and money stay in SQL numeric and integer cents.
 */
export const numericAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
