import { parse } from 'csv-parse/sync';

/** One record of a feed, reduced to what its health is judged on. */
export interface FeedRecord {
  key: string;
  complete: boolean;
  changedAt: Date | null;
}

export interface FeedFigures {
  records: number;
  added: number;
  removed: number;
  /** Records missing a required field (a name, an address or coordinates, a category). */
  incomplete: number;
  newestChangeAt: Date | null;
}

type Json = Record<string, unknown>;

const text = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null;
const nonEmpty = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > 0 : typeof v === 'object' && v !== null ? Object.keys(v).length > 0 : text(v) !== null;
const date = (v: unknown): Date | null => {
  const s = text(v);
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
};
const pick = (o: Json, ...keys: string[]): unknown => {
  for (const k of keys) {
    const v = k.split('.').reduce<unknown>((acc, part) => (acc as Json | undefined)?.[part], o);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
};

/**
 * Gogocarto's element shape (`/api/elements.json`: `{ data: [...] }`), which the semantic bus and most JSON files
 * follow: `name` or `title`, `geo.latitude`/`lat`, `address`, `categories` or `taxonomy`, `updatedAt`.
 */
function fromObject(o: Json, index: number): FeedRecord {
  const name = pick(o, 'name', 'title', 'nom');
  const located =
    nonEmpty(pick(o, 'geo.latitude', 'latitude', 'lat')) ||
    nonEmpty(pick(o, 'address.streetAddress', 'address.addressLocality', 'address', 'adresse'));
  const category = pick(o, 'categories', 'categoriesFull', 'taxonomy', 'category', 'categorie');
  return {
    key: text(pick(o, 'id', '@id', 'identifiant')) ?? `#${index}`,
    complete: nonEmpty(name) && located && nonEmpty(category),
    changedAt: date(
      pick(o, 'updatedAt', 'updatedat', 'updated_at', 'modifiedAt', 'dateModified', 'createdAt', 'created_at'),
    ),
  };
}

/** Reads a feed's records from its body: JSON (an array, or Gogocarto's `{ data: [...] }`) or CSV. */
export function readRecords(body: Buffer, contentType: string | null): FeedRecord[] {
  const raw = body.toString('utf8').replace(/^\uFEFF/, '');
  const looksJson = /json/i.test(contentType ?? '') || /^\s*[[{]/.test(raw);
  if (looksJson) {
    const parsed: unknown = JSON.parse(raw);
    const list = Array.isArray(parsed) ? parsed : (parsed as Json | null)?.data;
    if (!Array.isArray(list)) throw new Error('no list of records');
    return list.filter((o): o is Json => typeof o === 'object' && o !== null).map(fromObject);
  }
  const firstLine = raw.slice(0, raw.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = parse<Json>(raw, {
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    delimiter,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  return rows.map(fromObject);
}

/** The figures of a reading, against the keys of the previous successful one (none: nothing counted as added). */
export function figures(records: FeedRecord[], previousKeys: readonly string[] | null): FeedFigures {
  const keys = new Set(records.map((r) => r.key));
  const before = new Set(previousKeys ?? []);
  let newest: Date | null = null;
  for (const r of records) if (r.changedAt && (!newest || r.changedAt > newest)) newest = r.changedAt;
  return {
    records: records.length,
    added: previousKeys ? [...keys].filter((k) => !before.has(k)).length : 0,
    removed: previousKeys ? [...before].filter((k) => !keys.has(k)).length : 0,
    incomplete: records.filter((r) => !r.complete).length,
    newestChangeAt: newest,
  };
}
