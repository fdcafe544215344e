import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { BackupModule } from './backup/backup.module';
import { AuthModule } from './auth/auth.module';
import { SessionScopesModule } from './auth/session-scopes';
import { AppConfig } from './config/app-config';
import { CommonModule } from './common/common.module';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health/health.controller';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { MetricsModule } from './metrics/metrics.module';
import { FundingModule } from './modules/funding/funding.module';
import { NewslettersModule } from './modules/newsletters/newsletters.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { PeopleModule } from './modules/people/people.module';
import { ContributionsModule } from './modules/contributions/contributions.module';
import { WorkingGroupsModule } from './modules/working-groups/working-groups.module';
import { NetworkExportModule } from './modules/network-export/network-export.module';
import { groupScopesSql } from './modules/working-groups/scopes';
import { SplitsModule } from './modules/splits/splits.module';
import { GovernanceModule } from './modules/governance/governance.module';
import { ContractorsModule } from './modules/contractors/contractors.module';
import { ImportsModule } from './modules/imports/imports.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { DonationsModule } from './modules/donations/donations.module';
import { TrailModule } from './modules/trail/trail.module';
import { HomeModule } from './modules/home/home.module';
import { SourcesModule } from './modules/sources/sources.module';
import { TransparencyModule } from './modules/transparency/transparency.module';
import { EventsModule } from './modules/events/events.module';

@Module({})
export class AppModule {
  /** The configuration is loaded (and validated) before, by the caller; `databaseUrl` is the one prepared. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.DATABASE_POOL_SIZE)),
        ScheduleModule.forRoot(),
        CommonModule.forRoot(config),
        JobsModule,
        MailModule,
        AuditModule,
        SessionScopesModule.provide(groupScopesSql),
        AuthModule,
        OrganisationsModule,
        PeopleModule,
        ContributionsModule,
        FundingModule,
        GovernanceModule,
        ContractorsModule,
        ImportsModule,
        WorkingGroupsModule,
        NetworkExportModule,
        NewslettersModule,
        SplitsModule,
        PrivacyModule,
        TrailModule,
        HomeModule,
        SourcesModule,
        EventsModule,
        NotificationsModule,
        DonationsModule,
        TransparencyModule,
        BackupModule,
        MetricsModule,
      ],
      controllers: [HealthController],
    };
  }
}
