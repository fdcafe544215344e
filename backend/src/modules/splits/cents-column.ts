import { Column, type ColumnOptions } from 'typeorm';

/**
 * Money in a `bigint` column, read back as a JS number: pg returns bigints as strings, and every amount here
 * stays far below 2^53 cents (the DTOs and the engine refuse anything that is not a safe integer).
 */
export const CentsColumn = (options: Omit<ColumnOptions, 'type' | 'transformer'> = {}) =>
  Column({
    ...options,
    type: 'bigint',
    transformer: {
      to: (v: number | null | undefined) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  });
