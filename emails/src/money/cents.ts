/**
 * Maillage's one money module. It lives in the emails package because that is the lowest workspace the backend, the
 * mails and the UI all depend on (the repository's top level is fixed); the UI imports it as `@maillage/emails/money`,
 * a subpath that pulls in nothing of MJML. No file here imports anything outside this folder.
 *
 * Money is integer cents everywhere: in PostgreSQL (`bigint`), in JSON and in memory. Every amount stays far below
 * 2^53 cents (90 000 billion euros), so a JS number holds it exactly; anything else is refused, never rounded.
 */
export type Cents = number;

export const isCents = (value: unknown): value is Cents => Number.isSafeInteger(value);

/** The guard at the door: a safe integer passes unchanged, anything else (0.5, NaN, 2^60) throws. */
export function cents(value: number | bigint): Cents {
  const n = typeof value === 'bigint' ? Number(value) : value;
  if (!isCents(n) || (typeof value === 'bigint' && BigInt(n) !== value))
    throw new RangeError(`Not a whole number of cents: ${value}`);
  return n;
}

/**
 * Cents from what the database hands back: pg returns `bigint` and `numeric` (SQL sums) as strings. A missing sum
 * (no rows) is 0; a fraction of a cent is a bug upstream and throws.
 */
export function centsFrom(value: string | number | bigint | null | undefined): Cents {
  if (value === null || value === undefined) return 0;
  if (typeof value !== 'string') return cents(value);
  if (!/^-?\d+$/.test(value.trim())) throw new RangeError(`Not a whole number of cents: ${value}`);
  return cents(BigInt(value.trim()));
}

/** The same for a nullable column or field: null stays null (no amount is not zero). */
export const centsOrNull = (value: string | number | bigint | null | undefined): Cents | null =>
  value === null || value === undefined ? null : centsFrom(value);

/** The exact sum, refused (not rounded) if it ever leaves the safe range. */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0n;
  for (const v of values) total += BigInt(cents(v));
  return cents(total);
}
