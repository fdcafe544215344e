import { centsOrNull, type Cents } from '@maillage/emails/money';
import { Column, type ColumnOptions } from 'typeorm';

/**
 * Every money column: integer cents in a `bigint`, read back (pg returns bigints as strings) through the money
 * module, which refuses anything that is not a safe integer instead of rounding it.
 */
export const CentsColumn = (options: Omit<ColumnOptions, 'type' | 'transformer'> = {}) =>
  Column({
    ...options,
    type: 'bigint',
    transformer: {
      to: (value: Cents | null | undefined) => value,
      from: centsOrNull,
    },
  });
