import { admin } from './database';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.MAILLAGE_TEST_ADMIN_URL!;
  const template = process.env.MAILLAGE_TEST_TEMPLATE!;
  await admin(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${template}%`,
    ]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
  await (globalThis as { __maillageStopDb?: () => Promise<void> }).__maillageStopDb?.();
}
