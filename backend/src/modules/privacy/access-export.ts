import archiver from 'archiver';
import { stringify } from 'csv-stringify/sync';
import { escapeCell } from '../../common/exports/export-writer';

const README = `Données personnelles détenues par le réseau / Personal data held by the network

data.json : tout, table par table (les noms de tables et de colonnes sont ceux de la base).
csv/<table>.csv : les mêmes lignes, une table par fichier (UTF-8, séparateur virgule).
Les mots de passe, secrets et jetons de connexion ne sont jamais exportés.

data.json: everything, table by table (table and column names are the database's).
csv/<table>.csv: the same rows, one table per file (UTF-8, comma-separated).
Passwords, secrets and sign-in tokens are never exported.
`;

/** A value read from PostgreSQL's `to_jsonb`. */
type Json = string | number | boolean | null | object;

/** A cell as a spreadsheet should read it: JSON for nested values, never a formula. */
const cell = (v: Json | undefined): string => {
  if (v === null || v === undefined) return '';
  return escapeCell(typeof v === 'object' ? JSON.stringify(v) : String(v));
};

function csvOf(rows: object[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return stringify(
    rows.map((r) => columns.map((c) => cell((r as Record<string, Json>)[c]))),
    { header: true, columns, bom: true },
  );
}

/** The zip a person receives (GDPR articles 15 and 20): JSON for machines, CSV for spreadsheets, a README. */
export function accessArchive(subject: object, tables: Map<string, object[]>, at: Date): Promise<Buffer> {
  // archiver, the zip library the network export uses too: one zip library in the backend.
  const zip = archiver('zip', { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.on('data', (c: Buffer) => chunks.push(c));
    zip.on('end', () => resolve(Buffer.concat(chunks)));
    zip.on('error', reject);
  });
  const options = { date: at };
  zip.append(Buffer.from(README), { name: 'LISEZMOI-README.txt', ...options });
  const data = { generatedAt: at.toISOString(), subject, tables: Object.fromEntries(tables) };
  zip.append(Buffer.from(JSON.stringify(data, null, 2)), { name: 'data.json', ...options });
  for (const [table, rows] of tables) zip.append(Buffer.from(csvOf(rows)), { name: `csv/${table}.csv`, ...options });
  void zip.finalize();
  return done;
}
