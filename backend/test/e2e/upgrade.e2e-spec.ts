import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { restoreArchive } from '../../src/backup/restore';
import { dataSourceOptions } from '../../src/database/data-source';
import { runMigrations } from '../../src/database/prepare';
import { startTestApp, type TestApp } from '../support/app';
import { createEmptyDatabase, createTestDatabase } from '../support/database';
import { schemaFingerprint } from '../support/schema';

jest.setTimeout(120_000);

const fixtures = path.join(__dirname, '..', 'upgrade');
const dump = readdirSync(fixtures).find((f) => /^earlier-.*\.dump$/.test(f))!;
const recorded: { commit: string; answers: Record<string, Record<string, unknown>> } = JSON.parse(
  readFileSync(path.join(fixtures, readdirSync(fixtures).find((f) => /^answers-.*\.json$/.test(f))!), 'utf8'),
);
/** Written by signing in, not part of the data. */
const SIGN_IN_FIELDS = new Set(['lastLoginAt']);

/**
 * Where `now` does not hold everything `then` held, as paths: every field the earlier API answered is still there
 * with the same value (fields added since are welcome); list items are matched by id.
 */
function missing(then: unknown, now: unknown, at = ''): string[] {
  if (Array.isArray(then)) {
    if (!Array.isArray(now)) return [`${at}: no longer a list`];
    const byId = then.every((x) => x && typeof x === 'object' && 'id' in x);
    if (!byId && then.length !== now.length) return [`${at}: ${then.length} items, now ${now.length}`];
    return then.flatMap((item, i) => {
      const match = byId ? now.find((n: { id?: unknown }) => n?.id === (item as { id: unknown }).id) : now[i];
      return match === undefined ? [`${at}[id=${(item as { id: unknown }).id}]: gone`] : missing(item, match, `${at}[${i}]`);
    });
  }
  if (then && typeof then === 'object') {
    if (!now || typeof now !== 'object') return [`${at}: no longer an object`];
    return Object.entries(then).flatMap(([k, v]) => (SIGN_IN_FIELDS.has(k) ? [] : missing(v, (now as Record<string, unknown>)[k], `${at}.${k}`)));
  }
  return then === now ? [] : [`${at}: ${JSON.stringify(then)} became ${JSON.stringify(now)}`];
}

describe(`upgrade from the schema of ${recorded.commit}`, () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('restores a backup taken then, migrates it to the schema of today, and reads back the same data through the API', async () => {
    const target = await createEmptyDatabase('upgrade');
    await restoreArchive(target.url, path.join(fixtures, dump));
    const applied = await runMigrations(target.url);
    expect(applied.length).toBeGreaterThan(0);

    // The same schema as a database migrated from nothing.
    const fresh = await createTestDatabase();
    const fingerprint = async (url: string) => {
      const db = await new DataSource(dataSourceOptions(url, 1)).initialize();
      try {
        // PostgreSQL prints an expression that went through a dump and restore (`status IN (…)` in a check or an index)
        // with other casts and parentheses than the one a migration created: compare them without either.
        return (await schemaFingerprint(db)).map((line) => line.replace(/::(character varying|timestamp with time zone|[a-z_]+)(\[\])?/g, '').replace(/[()\s]/g, ''));
      } finally {
        await db.destroy();
      }
    };
    try {
      expect(await fingerprint(target.url)).toEqual(await fingerprint(fresh.url));
    } finally {
      await fresh.drop();
    }

    t = await startTestApp({}, target);
    const differences: string[] = [];
    let compared = 0;
    for (const [who, answers] of Object.entries(recorded.answers)) {
      const caller = await t.as(who);
      for (const [route, then] of Object.entries(answers)) {
        const res = await caller.get(route);
        if (res.status !== 200) differences.push(`${route} as ${who}: ${res.status}`);
        else differences.push(...missing(then, res.body, `${route} as ${who}`));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
    expect(differences).toEqual([]);
  });
});
