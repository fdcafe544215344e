import { parse } from 'csv-parse/sync';
import type request from 'supertest';
import type { Caller, TestApp } from './app';

/** A CSV export as rows of cells: checks the BOM and the `;` separator on the way. */
export function rows(res: request.Response): string[][] {
  expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  expect(res.text.startsWith('\uFEFF')).toBe(true);
  return parse(res.text, { bom: true, delimiter: ';' });
}

/** Rows as objects keyed by their header, for reading one column. */
export function records(res: request.Response): Record<string, string>[] {
  const [header, ...lines] = rows(res);
  return lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

/** Collects a binary body (xlsx, zip) into a Buffer. */
export const binary = (r: request.Test) =>
  r.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/**
 * A fresh session signed in 11 minutes ago (aged before its first request, so no cache holds it younger): the exports
 * naming people ask it to re-authenticate.
 */
export async function stale(t: TestApp, email: string): Promise<Caller> {
  const caller = await t.as(email);
  await t.db.query(
    `UPDATE sessions SET authenticated_at = now() - interval '11 minutes' WHERE account_id = (SELECT id FROM accounts WHERE email = $1)`,
    [email],
  );
  return caller;
}
