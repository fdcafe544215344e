import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, type AppConfig } from '../../../config/app-config';
import { prepareDatabase } from '../../../database/prepare';
import { SendWorkerService } from './send-worker.service';
import { WorkerModule } from './worker.module';

/**
 * A send worker on its own: `node dist/modules/newsletters/sending/worker.main.js`, with the API's environment
 * (DATABASE_URL…). Start as many as wanted, on any machine reaching the database; SIGTERM lets the messages in
 * flight finish. No HTTP, no migrations: the API owns the schema.
 */
async function main(): Promise<void> {
  const log = new Logger('NewsletterWorker');
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const db = await prepareDatabase(config, { migrate: false, log: (m) => log.log(m) });
  SendWorkerService.forceStart = true;
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, db.url), {
    logger: config.LOG_LEVEL === 'silent' ? false : ['fatal', 'error', 'warn', 'log'],
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  log.log(`worker ${app.get(SendWorkerService).id} of process ${process.pid} ready`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
