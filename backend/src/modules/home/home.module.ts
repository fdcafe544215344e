import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { BackupModule } from '../../backup/backup.module';
import { ContractorsModule } from '../contractors/contractors.module';
import { ContributionsModule } from '../contributions/contributions.module';
import { FundingModule } from '../funding/funding.module';
import { GovernanceModule } from '../governance/governance.module';
import { NewslettersModule } from '../newsletters/newsletters.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SplitsModule } from '../splits/splits.module';
import { WorkingGroupsModule } from '../working-groups/working-groups.module';
import { HomeController } from './home.controller';
import { HomeService } from './home.service';

/** Each role's home: figures read through the other modules' lists (it owns no table). */
@Module({
  imports: [
    AuthModule,
    BackupModule,
    ContractorsModule,
    ContributionsModule,
    FundingModule,
    GovernanceModule,
    NewslettersModule,
    NotificationsModule,
    OrganisationsModule,
    SplitsModule,
    WorkingGroupsModule,
  ],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
