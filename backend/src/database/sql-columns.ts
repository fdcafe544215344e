import { centsFrom } from '@maillage/emails/money';

/**
 * Decoders of the columns pg hands back: each checks what it receives and converts pg's strings (bigint, numeric,
 * count(*)) once, here, so a row's type is what was checked, not a cast. A bad value throws with the column's name.
 */

export type Decoder<T> = (value: unknown, column: string) => T;

/** A decoder, with `.nullable` for the same column when it may be NULL. */
export type Column<T> = Decoder<T> & { readonly nullable: Decoder<T | null> };

function column<T>(expected: string, accept: (value: unknown, name: string) => T | undefined): Column<T> {
  const decode: Decoder<T> = (value, name) => {
    const decoded = value === null || value === undefined ? undefined : accept(value, name);
    if (decoded === undefined)
      throw new Error(`sql: column "${name}" should be ${expected}, got ${JSON.stringify(value)}`);
    return decoded;
  };
  const nullable: Decoder<T | null> = (value, name) => (value === null ? null : decode(value, name));
  return Object.assign(decode, { nullable });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER = /^-?\d+$/;

/** A whole number, from an int (number) or a bigint / count (string), within JavaScript's exact range. */
const integer = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && INTEGER.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** What a converter that throws on bad input gives back, or undefined for the decoder's own error. */
function attempt<T>(convert: () => T): T | undefined {
  try {
    return convert();
  } catch {
    return undefined;
  }
}

export const col = {
  text: column('a string', (v) => (typeof v === 'string' ? v : undefined)),
  uuid: column('a uuid', (v) => (typeof v === 'string' && UUID.test(v) ? v : undefined)),
  int: column('an integer', integer),
  /** Money in integer cents (bigint columns and sums come as strings), read by the money module. */
  cents: column('an amount in cents', (v) =>
    typeof v === 'string' || typeof v === 'number' ? attempt(() => centsFrom(v)) : undefined,
  ),
  /** numeric / float / sums of numerics, as a JavaScript number. */
  number: column('a number', (v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) ? n : undefined;
  }),
  bool: column('a boolean', (v) => (typeof v === 'boolean' ? v : undefined)),
  /** A calendar day `YYYY-MM-DD`: from `to_char`/`::text`, or pg's `date` (a Date at local midnight). */
  day: column('a day (YYYY-MM-DD)', (v) => {
    if (typeof v === 'string') return DAY.test(v) ? v : undefined;
    if (v instanceof Date && !Number.isNaN(v.getTime()))
      return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
    return undefined;
  }),
  /** A timestamp (timestamptz comes as a Date; from JSON, an ISO string). */
  timestamp: column('a timestamp', (v) => {
    const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : undefined;
    return d && !Number.isNaN(d.getTime()) ? d : undefined;
  }),
  /** One of a fixed set of strings (a status, a type): the union comes from the list. */
  oneOf: <const T extends readonly string[]>(values: T): Column<T[number]> =>
    column(`one of ${values.join(', ')}`, (v) => (typeof v === 'string' && values.includes(v) ? v : undefined)),
  /** An array whose every element the given decoder accepts (uuid[], text[]). */
  array: <T>(element: Decoder<T>): Column<T[]> =>
    column('an array', (v, name) => (Array.isArray(v) ? v.map((e, i) => element(e, `${name}[${i}]`)) : undefined)),
  /**
   * A json / jsonb value: its structure is the writer's, so it is typed by the caller, not checked here (only that
   * something is there).
   */
  json: <T>(): Column<T> => column('a JSON value', (v) => v as T),
};
