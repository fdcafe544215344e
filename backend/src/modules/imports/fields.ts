import { isEmail, isURL } from 'class-validator';
import { msg, type Localised, type Text } from '../../common/error-catalogue';
import { ImportError } from './imports.errors';

/** A field a kind fills: its label in both languages and the headers (French or English) that name it. */
export interface FieldSpec {
  name: string;
  label: Localised;
  required?: boolean;
  /** Headers recognised for it, compared without case, accents or punctuation. */
  aliases: string[];
}

/** « Prénom », "first_name", "First name" → "prenom", "first name", "first name". */
export const simplify = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The field → header mapping guessed from a file's headers: a remembered choice first, then the aliases. */
export function guessMapping(
  fields: FieldSpec[],
  headers: string[],
  remembered: Record<string, string | null> | null,
): Record<string, string | null> {
  const present = new Set(headers);
  const bySimple = new Map(headers.map((h) => [simplify(h), h]));
  return Object.fromEntries(
    fields.map((f) => {
      const kept = remembered?.[f.name];
      if (kept && present.has(kept)) return [f.name, kept];
      const found = [f.name, f.label.fr, f.label.en, ...f.aliases].map(simplify).find((a) => bySimple.has(a));
      return [f.name, found ? bySimple.get(found)! : null];
    }),
  );
}

/** A row being read: its mapped cells, and the errors found in it, field by field. */
export class RowReader {
  readonly errors: [string, Text][] = [];
  constructor(private readonly cells: Record<string, string>) {}

  fail(field: string, text: Text): undefined {
    this.errors.push([field, text]);
    return undefined;
  }

  /**
   * The cell trimmed, or null when empty. A cell starting like a spreadsheet formula (`=`, `+`, `-`, `@`) is refused
   * rather than stored, so that no export carries it back into a spreadsheet (CSV injection); `number` allows a
   * leading minus followed by digits.
   */
  raw(field: string, number = false): string | null {
    const v = (this.cells[field] ?? '').trim();
    if (v === '') return null;
    if (/^[=+\-@]/.test(v) && !(number && /^-\d/.test(v)))
      return this.fail(field, msg(ImportError.Formula, { char: v[0] })) ?? null;
    return v;
  }

  text(field: string, max: number): string | null;
  text(field: string, max: number, required: true): string;
  text(field: string, max: number, required = false): string | null {
    const v = this.raw(field);
    if (v === null) {
      if (required && !this.errors.some(([f]) => f === field)) this.fail(field, ImportError.Required);
      return null;
    }
    if (v.length > max) return this.fail(field, msg(ImportError.TooLong, { max })) ?? null;
    return v;
  }

  email(field: string, required = false): string | null {
    const v = required ? this.text(field, 254, true) : this.text(field, 254);
    if (v === null) return null;
    return isEmail(v) ? v.toLowerCase() : (this.fail(field, ImportError.InvalidEmail) ?? null);
  }

  url(field: string): string | null {
    const v = this.text(field, 300);
    if (v === null) return null;
    return isURL(v, { protocols: ['http', 'https'], require_protocol: true })
      ? v
      : (this.fail(field, ImportError.InvalidUrl) ?? null);
  }

  /** A value among labels: the stored value itself, or one of its French or English labels. */
  oneOf<T extends string>(field: string, labels: Record<T, string[]>, fallback: T | null = null): T | null {
    const v = this.raw(field);
    if (v === null) return fallback;
    const s = simplify(v);
    const hit = (Object.keys(labels) as T[]).find((k) => simplify(k) === s || labels[k].some((l) => simplify(l) === s));
    if (hit) return hit;
    const allowed = Object.values<string[]>(labels)
      .map((l) => l[0])
      .join(', ');
    return this.fail(field, msg(ImportError.UnknownValue, { value: v, allowed })) ?? null;
  }

  bool(field: string): boolean | null {
    const v = this.oneOf(field, { true: ['oui', 'yes', 'x', '1', 'vrai'], false: ['non', 'no', '0', 'faux'] });
    return v === null ? null : v === 'true';
  }

  /** A cell listing values separated by ` | `, each matching `re`: its groups, or an error naming the cell. */
  list(field: string, re: RegExp): string[][] {
    const v = this.raw(field);
    if (v === null) return [];
    const parts = v.split('|').map((p) => p.trim());
    const found = parts.map((p) => re.exec(p));
    if (found.some((m) => !m))
      return this.fail(field, msg(ImportError.UnknownValue, { value: v, allowed: 'Organisation (role) | …' })) ?? [];
    return found.map((m) => m!.slice(1));
  }

  /** 14/10/2026 as French spreadsheets write it, or 2026-10-14. */
  day(field: string): string | null {
    const v = this.raw(field);
    if (v === null) return null;
    const iso = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(v)
      ? v
          .split('/')
          .reverse()
          .map((p) => p.padStart(2, '0'))
          .join('-')
      : v;
    const d = new Date(`${iso}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso)
      return this.fail(field, ImportError.InvalidDate) ?? null;
    const year = d.getUTCFullYear();
    return year < 1900 || year > 2099 ? (this.fail(field, ImportError.InvalidDate) ?? null) : iso;
  }

  /** Digits only once spaces are removed (SIREN « 123 456 789 », postcodes). */
  pattern(field: string, re: RegExp, error: ImportError): string | null {
    const v = this.raw(field);
    if (v === null) return null;
    const compact = v.replace(/[\s\u00a0]/g, '').toUpperCase();
    return re.test(compact) ? compact : (this.fail(field, error) ?? null);
  }
}
