import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { prepareDatabase } from './database/prepare';
import { seedDemoData } from './database/seed/seed';

async function main() {
  const log = new Logger('Maillage');
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const db = await prepareDatabase(config, { migrate: true, log: (m) => log.log(m) });
  if (config.SEED_DEMO) {
    const seeded = await seedDemoData(db.url);
    if (seeded) log.log(`demo data seeded: ${seeded}`);
  }
  const app = await createApp(config, db.url);
  app.useLogger(log);
  const stopDb = async () => db.stop();
  process.once(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(stopDb)
        .then(() => process.exit(0)),
  );
  process.once(
    'SIGINT',
    () =>
      void app
        .close()
        .then(stopDb)
        .then(() => process.exit(0)),
  );
  await app.listen({ port: config.PORT, host: config.HOST });
  log.log(`API on http://${config.HOST}:${config.PORT}/api (docs: /api/docs)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
