import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../../audit/audit.module';
import { CommonModule } from '../../../common/common.module';
import { JobsModule } from '../../../jobs/jobs.module';
import type { AppConfig } from '../../../config/app-config';
import { dataSourceOptions } from '../../../database/data-source';
import { MailModule } from '../../../mail/mail.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { NewslettersModule } from '../newsletters.module';

/** What a send worker needs without HTTP: the database, configuration, jobs, mail, audit,
 * notifications (proposals tell their proposer) and the newsletters module. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, url: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(url, config.DATABASE_POOL_SIZE)),
        CommonModule.forRoot(config),
        JobsModule,
        MailModule,
        AuditModule,
        NotificationsModule,
        NewslettersModule,
      ],
    };
  }
}
