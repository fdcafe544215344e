import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AuditService } from '../../src/audit/audit.service';
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
  readFileSync(
    path.join(
      fixtures,
      readdirSync(fixtures).find((f) => /^answers-.*\.json$/.test(f))!,
    ),
    'utf8',
  ),
);
/** Written by signing in, or the day the answer was given: not part of the data. */
const NOT_DATA = new Set(['lastLoginAt', 'today']);

/**
 * Where `now` disagrees with `then`, as paths, and how many values were compared. Fields the API has dropped or
 * reshaped since (its contract moves on) are not data lost: only values that both answers carry are compared, and
 * list items are matched by id, so a row that vanished is reported.
 */
function compare(then: unknown, now: unknown, at = ''): { differences: string[]; compared: number } {
  if (Array.isArray(then)) {
    if (!Array.isArray(now)) return { differences: [], compared: 0 };
    const byId = then.every((x) => x && typeof x === 'object' && 'id' in x);
    if (!byId && then.length !== now.length)
      return { differences: [`${at}: ${then.length} items, now ${now.length}`], compared: 1 };
    return merge(
      then.map((item, i) => {
        const match = byId ? now.find((n: { id?: unknown }) => n?.id === (item as { id: unknown }).id) : now[i];
        return match === undefined
          ? { differences: [`${at}[id=${String((item as { id: unknown }).id)}]: gone`], compared: 1 }
          : compare(item, match, `${at}[${i}]`);
      }),
    );
  }
  if (then && typeof then === 'object') {
    if (!now || typeof now !== 'object') return { differences: [], compared: 0 };
    const fields = now as Record<string, unknown>;
    return merge(
      Object.entries(then)
        .filter(([k]) => !NOT_DATA.has(k) && k in fields)
        .map(([k, v]) => compare(v, fields[k], `${at}.${k}`)),
    );
  }
  return {
    differences: then === now ? [] : [`${at}: ${JSON.stringify(then)} became ${JSON.stringify(now)}`],
    compared: 1,
  };
}

const merge = (parts: { differences: string[]; compared: number }[]) => ({
  differences: parts.flatMap((p) => p.differences),
  compared: parts.reduce((n, p) => n + p.compared, 0),
});

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
        return (await schemaFingerprint(db)).map((line) =>
          line.replace(/::(character varying|timestamp with time zone|[a-z_]+)(\[\])?/g, '').replace(/[()\s]/g, ''),
        );
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
    // The audit chain, re-chained over payload digests by the upgrade, still verifies from its first entry.
    const chain = await t.app.get(AuditService).verify();
    expect(chain).toMatchObject({ ok: true, firstBrokenId: null });
    expect(chain.checked).toBeGreaterThan(0);
    const results: { differences: string[]; compared: number }[] = [];
    for (const [who, answers] of Object.entries(recorded.answers)) {
      const caller = await t.as(who);
      for (const [route, then] of Object.entries(answers)) {
        const res = await caller.get(route);
        results.push(
          res.status === 200
            ? compare(then, res.body, `${route} as ${who}`)
            : { differences: [`${route} as ${who}: ${res.status}`], compared: 1 },
        );
      }
    }
    const { differences, compared } = merge(results);
    // Most of what the earlier API showed is still shown: thousands of values, each the same.
    expect(compared).toBeGreaterThan(3000);
    expect(differences).toEqual([]);
    console.log(
      `upgrade from ${recorded.commit}: ${applied.length} migrations applied, ${compared} values read back the same`,
    );
  });
});
