import type { Locale } from '../messages';

/**
 * How a cell is written: `text` as is (escaped against CSV injection), `number` and `cents` as numbers a French
 * spreadsheet reads (decimal comma), `day` a calendar day (`YYYY-MM-DD` from the database), `datetime` an instant
 * shown in Paris time, `boolean` as oui/non (yes/no).
 */
export type CellKind = 'text' | 'number' | 'cents' | 'day' | 'datetime' | 'boolean';

export type CellValue = string | number | bigint | boolean | Date | null | undefined;

export interface ExportColumn<R> {
  /** The stable machine name of the column, as documented (OpenAPI, README, docs/exports.md). */
  key: string;
  header: Record<Locale, string>;
  kind: CellKind;
  value: (row: R) => CellValue;
  /** A field of the list's subject the reader must be allowed to read, else the column is left out. */
  field?: string;
}

/** One list's export: its file name and its columns, declared once, in the order they are written. */
export interface ExportList<R> {
  /** File base name, e.g. `organisations` → organisations.csv / organisations.xlsx, and its name in the zip. */
  file: string;
  title: Record<Locale, string>;
  columns: ExportColumn<R>[];
  /** Whether the `.xlsx` form is offered (the lists a treasurer works on). */
  xlsx?: boolean;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Declares a list's export; the generic keeps each column's `value` typed by the row. */
export const exportList = <R>(list: ExportList<R>): ExportList<R> => list;

/** The columns a reader gets: those naming a field they may not read are left out. */
export const readableColumns = <R>(list: ExportList<R>, canRead: (field: string) => boolean): ExportColumn<R>[] =>
  list.columns.filter((c) => !c.field || canRead(c.field));

const KIND_TEXT: Record<CellKind, Record<Locale, string>> = {
  text: { fr: 'texte', en: 'text' },
  number: { fr: 'nombre (virgule décimale)', en: 'number (decimal comma in CSV)' },
  cents: { fr: 'montant en euros (1234,50)', en: 'amount in euros (1234,50 in CSV)' },
  day: { fr: 'date (JJ/MM/AAAA)', en: 'date (DD/MM/YYYY)' },
  datetime: { fr: 'date et heure de Paris (JJ/MM/AAAA HH:MM)', en: 'Paris date and time (DD/MM/YYYY HH:MM)' },
  boolean: { fr: 'oui / non', en: 'oui / non (yes / no in English)' },
};

/** A Markdown table of the columns, in order: the OpenAPI description of the export route and the zip's README. */
export function describeColumns<R>(list: ExportList<R>, locale: Locale): string {
  const heading =
    locale === 'fr' ? '| Clé | Colonne | Contenu |\n|---|---|---|' : '| Key | Column | Content |\n|---|---|---|';
  const rows = list.columns.map(
    (c) =>
      `| ${c.key} | ${c.header[locale]} | ${KIND_TEXT[c.kind][locale]}${c.field ? (locale === 'fr' ? ' (si lisible)' : ' (when readable)') : ''} |`,
  );
  return [heading, ...rows].join('\n');
}
