import 'reflect-metadata';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../../audit/audit.module';
import { CommonModule } from '../../../common/common.module';
import { ConfigError, loadConfig, type AppConfig } from '../../../config/app-config';
import { dataSourceOptions } from '../../../database/data-source';
import { prepareDatabase } from '../../../database/prepare';
import { MailModule } from '../../../mail/mail.module';
import { NewslettersModule } from '../newsletters.module';
import { SendWorkerService } from './send-worker.service';

@Module({})
class WorkerModule {
  static forRoot(config: AppConfig, url: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(url, config.DATABASE_POOL_SIZE)), ScheduleModule.forRoot(), CommonModule.forRoot(config), MailModule, AuditModule, NewslettersModule],
    };
  }
}

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
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, db.url), { logger: config.LOG_LEVEL === 'silent' ? false : ['fatal', 'error', 'warn', 'log'] });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  log.log(`worker ${app.get(SendWorkerService).id} of process ${process.pid} ready`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
