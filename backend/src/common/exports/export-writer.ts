import { formatPlainEuros } from '@maillage/emails/money';
import { DISPLAY_TIME_ZONE } from '@maillage/emails/time-zone';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import type { Locale } from '../messages';
import {
  describeColumns,
  readableColumns,
  type CellKind,
  type CellValue,
  type ExportColumn,
  type ExportFormat,
  type ExportList,
} from './columns';

/** What spreadsheets would run as a formula (or a DDE command) when a cell starts with it. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as this writer prints it: the only cells starting with `-` left as they are. */
const REAL_NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * Against CSV injection (OWASP): a text cell a spreadsheet would read as a formula gets a leading `'`, which
 * spreadsheets show as text. Real numbers (a negative amount) are left alone so they stay numbers.
 */
export function escapeCell(text: string): string {
  return FORMULA_START.test(text) && !REAL_NUMBER.test(text) ? `'${text}` : text;
}

// Intl formatters are costly to build and safe to share.
const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Paris of an instant, as its parts. */
function paris(d: Date) {
  const p = Object.fromEntries(parisParts.formatToParts(d).map((x) => [x.type, x.value]));
  return { y: p.year, m: p.month, d: p.day, h: p.hour, min: p.minute, s: p.second };
}

const asDate = (v: CellValue) => (v instanceof Date ? v : new Date(String(v)));
/** `2026-10-14` → 14/10/2026 (as French spreadsheets read a date); an instant → its day in Paris. */
const dayParts = (v: CellValue) => {
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const [y, m, d] = v.split('-');
    return { y, m, d };
  }
  return paris(asDate(v));
};

/** A cell as CSV text, in the reader's language where it matters (decimal mark, yes/no). */
export function csvCell(kind: CellKind, value: CellValue, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '';
  switch (kind) {
    case 'text':
      return escapeCell(String(value));
    case 'number': {
      // Database decimals come as text with trailing zeros ("3.50"): written as the number they are.
      const n = String(Number(value));
      return locale === 'fr' ? n.replace('.', ',') : n;
    }
    case 'cents':
      return formatPlainEuros(BigInt(value as number | bigint | string), locale);
    case 'day': {
      const { y, m, d } = dayParts(value);
      return `${d}/${m}/${y}`;
    }
    case 'datetime': {
      const p = paris(asDate(value));
      return `${p.d}/${p.m}/${p.y} ${p.h}:${p.min}`;
    }
    case 'boolean':
      return value ? (locale === 'fr' ? 'oui' : 'yes') : locale === 'fr' ? 'non' : 'no';
  }
}

/** A cell as a typed xlsx value: real numbers, euros, dates (Paris wall time: xlsx has no time zones). */
function xlsxCell(kind: CellKind, value: CellValue, locale: Locale): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'text':
      // Strings are stored as strings in xlsx, never as formulas: nothing to escape.
      return String(value);
    case 'number':
      return Number(value);
    case 'cents':
      return Number(value) / 100;
    case 'day': {
      const { y, m, d } = dayParts(value);
      return new Date(Date.UTC(+y, +m - 1, +d));
    }
    case 'datetime': {
      const p = paris(asDate(value));
      return new Date(Date.UTC(+p.y, +p.m - 1, +p.d, +p.h, +p.min, +p.s));
    }
    case 'boolean':
      return csvCell(kind, value, locale);
  }
}

const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  cents: '#,##0.00 "€"',
  day: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/** Rows come in batches (one query each), so a big list is never held whole in memory. */
export type RowBatches<R> = AsyncIterable<R[]> | Iterable<R[]>;

/** UTF-8 with a BOM and `;` between cells: what Excel and LibreOffice open right in France. */
function csvStream<R>(columns: ExportColumn<R>[], batches: RowBatches<R>, locale: Locale): Readable {
  const line = (cells: string[]) => stringify([cells], { delimiter: ';', record_delimiter: '\r\n' });
  async function* lines() {
    yield '\uFEFF' + line(columns.map((c) => c.header[locale]));
    for await (const rows of batches)
      yield rows.map((r) => line(columns.map((c) => csvCell(c.kind, c.value(r), locale)))).join('');
  }
  return Readable.from(lines());
}

/** A one-sheet workbook written as it goes (exceljs' streaming writer). */
function xlsxStream<R>(columns: ExportColumn<R>[], batches: RowBatches<R>, locale: Locale, sheet: string): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = book.addWorksheet(sheet.slice(0, 31));
  ws.columns = columns.map((c) => ({
    header: c.header[locale],
    key: c.key,
    width: Math.max(12, c.header[locale].length + 2),
    style: NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  void (async () => {
    for await (const rows of batches)
      for (const r of rows) ws.addRow(columns.map((c) => xlsxCell(c.kind, c.value(r), locale))).commit();
    ws.commit();
    await book.commit();
  })().catch((e: Error) => out.destroy(e));
  return out;
}

export interface ExportFile {
  stream: Readable;
  contentType: string;
  fileName: string;
  /** What the file holds and its columns, in both languages: the whole-network export's README. */
  readme: Record<Locale, string>;
}

/**
 * The one way every list is written out, as CSV or as xlsx; the columns naming a field the reader may not read
 * (`canRead`) are left out.
 */
export function writeExport<R>(
  list: ExportList<R>,
  batches: RowBatches<R>,
  locale: Locale,
  format: ExportFormat = 'csv',
  canRead: (field: string) => boolean = () => true,
): ExportFile {
  const columns = readableColumns(list, canRead);
  const readme = {
    fr: `## ${list.file}.csv — ${list.title.fr}\n\n${describeColumns(list, 'fr')}\n`,
    en: `## ${list.file}.csv — ${list.title.en}\n\n${describeColumns(list, 'en')}\n`,
  };
  return format === 'xlsx'
    ? {
        stream: xlsxStream(columns, batches, locale, list.title[locale]),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: `${list.file}.xlsx`,
        readme,
      }
    : {
        stream: csvStream(columns, batches, locale),
        contentType: 'text/csv; charset=utf-8',
        fileName: `${list.file}.csv`,
        readme,
      };
}

/** Reads a query in pages until one comes back short: each export's rows, batch after batch. */
export async function* inBatches<R>(page: (offset: number, limit: number) => Promise<R[]>, size = 2000) {
  for (let offset = 0; ; offset += size) {
    const rows = await page(offset, size);
    if (rows.length) yield rows;
    if (rows.length < size) return;
  }
}
