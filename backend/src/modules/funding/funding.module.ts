import { Module } from '@nestjs/common';
import { ActionResourcesService } from './action-resources.service';
import { ActivityFacts } from './activity-facts';
import { ActivityReportController } from './activity-report.controller';
import { ActivityReportService } from './activity-report.service';
import { YearResourcesService } from './year-resources.service';
import { ContributionsModule } from '../contributions/contributions.module';
import { FinancialReportService } from './financial-report.service';
import { FundersController } from './funders.controller';
import { FundersService } from './funders.service';
import { FundingAlertsService } from './funding-alerts.service';
import { FundingOverviewController } from './funding-overview.controller';
import { FundingOverviewService } from './funding-overview.service';
import { FundingRemindersService } from './funding-reminders.service';
import { GrantItemsController } from './grant-items.controller';
import { GrantItemsService } from './grant-items.service';
import { GrantsController } from './grants.controller';
import { GrantsService } from './grants.service';
import { InKindContributions } from './in-kind-contributions';

/** Funders, grants and everything hanging off them, the coordinator's overview, and the deadline reminders. */
@Module({
  imports: [ContributionsModule],
  controllers: [
    FundersController,
    GrantsController,
    GrantItemsController,
    ActivityReportController,
    FundingOverviewController,
  ],
  providers: [
    ActionResourcesService,
    ActivityFacts,
    ActivityReportService,
    YearResourcesService,
    FundersService,
    GrantsService,
    GrantItemsService,
    FinancialReportService,
    FundingAlertsService,
    FundingOverviewService,
    FundingRemindersService,
    InKindContributions,
  ],
  // Fund splits read a grant's amounts through GrantsService.amounts(); donations and fees register as resources of
  // the actions they finance through ActionResourcesService.register(); the home counts alerts and deadlines through
  // FundingOverviewService.
  exports: [GrantsService, FundersService, ActionResourcesService, YearResourcesService, FundingOverviewService],
})
export class FundingModule {}
