import { stringify } from 'csv-stringify/sync';
import { ZipFile } from 'yazl';
import { noFormula } from '../working-groups/working-groups.service';

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
  return noFormula(typeof v === 'object' ? JSON.stringify(v) : String(v));
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
  const zip = new ZipFile();
  const options = { mtime: at };
  zip.addBuffer(Buffer.from(README), 'LISEZMOI-README.txt', options);
  const data = { generatedAt: at.toISOString(), subject, tables: Object.fromEntries(tables) };
  zip.addBuffer(Buffer.from(JSON.stringify(data, null, 2)), 'data.json', options);
  for (const [table, rows] of tables) zip.addBuffer(Buffer.from(csvOf(rows)), `csv/${table}.csv`, options);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
