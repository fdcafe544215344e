import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { Readable } from 'node:stream';
import { ValidationFailed } from '../../common/errors';
import { msg } from '../../common/error-catalogue';
import { ImportError } from './imports.errors';

/** One data row: its line in the file (the header is line 1) and its cells, in header order. */
export interface SourceRow {
  line: number;
  cells: string[];
}

/** What was detected of a file, and its rows read again as a stream each time they are asked for. */
export interface Source {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  rows(): AsyncIterable<SourceRow>;
}

/**
 * A stored file read again from its start on each pass (import-file-store.ts: a PostgreSQL large object), in slices,
 * so that the parsers see a stream and nothing holds the whole file.
 */
export interface StoredFile {
  chunks(): AsyncIterable<Buffer>;
}

const CHUNK = 64 * 1024;
const stream = (file: StoredFile) => Readable.from(file.chunks());

/** The file's first `n` bytes (or fewer). */
async function head(file: StoredFile, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const c of file.chunks()) {
    parts.push(c);
    length += c.length;
    if (length >= n) break;
  }
  return Buffer.concat(parts).subarray(0, n);
}

const isXlsx = (start: Buffer) => start.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/**
 * UTF-8 when every byte sequence is valid UTF-8 (checked slice by slice); otherwise what jschardet recognises, as long
 * as it is the Latin family French Excel writes ("CSV (séparateur : point-virgule)" is Windows-1252). UTF-16, binary
 * files and other alphabets are refused with the name of what was detected.
 */
async function detectEncoding(file: StoredFile): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const c of file.chunks()) {
      if (c.includes(0))
        throw ValidationFailed.field('file', msg(ImportError.UnreadableEncoding, { encoding: 'UTF-16 / binaire' }));
      decoder.decode(c, { stream: true });
    }
    decoder.decode();
    return 'UTF-8';
  } catch (e) {
    if (e instanceof ValidationFailed) throw e;
    const guess = jschardet.detect(await head(file, CHUNK * 4)).encoding ?? '?';
    if (/^(windows-125[02]|iso-8859-\d+)$/i.test(guess)) return 'Windows-1252';
    throw ValidationFailed.field('file', msg(ImportError.UnreadableEncoding, { encoding: guess }));
  }
}

/** The separator the header line uses most: `;` (French Excel), `,` or a tab. */
function detectDelimiter(headerLine: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, headerLine.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

async function csvSource(file: StoredFile): Promise<Source> {
  const encoding = await detectEncoding(file);
  const start = iconv.decode(await head(file, CHUNK), encoding).replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(start.split(/\r?\n/, 1)[0]);
  const records = async function* () {
    const parser = stream(file)
      .pipe(iconv.decodeStream(encoding))
      .pipe(parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
        yield { line: info.lines, cells: record };
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      const line = (e as CsvError & { lines?: number }).lines ?? 0;
      throw ValidationFailed.field('file', msg(ImportError.UnreadableLine, { line, reason: e.message }));
    }
  };
  return withHeader('csv', encoding, delimiter, records);
}

/** A cell as text: formulas come back as `=…`, so that the formula check refuses them like a CSV's. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== 'object') return String(v);
  if ('formula' in v || 'sharedFormula' in v) return `=${(v as { formula?: string }).formula ?? ''}`;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v) return String(v.text);
  if ('error' in v) return String(v.error);
  return '';
}

function xlsxSource(file: StoredFile): Promise<Source> {
  const records = async function* () {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream(file), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      entries: 'emit',
    });
    try {
      // The first sheet only: a network's list is one table.
      for await (const sheet of reader) {
        for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
          const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
          if (values.some((v) => v.trim() !== '')) yield { line: row.number, cells: values };
        }
        return;
      }
    } catch (e) {
      if (e instanceof ValidationFailed) throw e;
      throw ValidationFailed.field('file', msg(ImportError.UnreadableFile, { reason: (e as Error).message }));
    }
  };
  return withHeader('xlsx', null, null, records);
}

/** The first row names the columns; the data rows after it are read again, as a stream, on each pass. */
async function withHeader(
  format: Source['format'],
  encoding: string | null,
  delimiter: string | null,
  records: () => AsyncGenerator<SourceRow>,
): Promise<Source> {
  let headers: string[] = [];
  for await (const r of records()) {
    headers = r.cells.map((h) => h.trim());
    break;
  }
  if (headers.every((h) => h === '')) throw ValidationFailed.field('file', ImportError.EmptyFile);
  return {
    format,
    encoding,
    delimiter,
    headers,
    async *rows() {
      let first = true;
      for await (const r of records()) {
        if (first) first = false;
        else yield r;
      }
    },
  };
}

/** Opens an uploaded file (CSV in UTF-8 or Windows-1252, or .xlsx) and reads its header row. */
export async function openFile(file: StoredFile): Promise<Source> {
  return isXlsx(await head(file, 4)) ? xlsxSource(file) : csvSource(file);
}
