import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { DonationsModule } from '../donations/donations.module';
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
  imports: [ContributionsModule, DonationsModule],
  controllers: [FundersController, GrantsController, GrantItemsController, FundingOverviewController],
  providers: [
    FundersService,
    GrantsService,
    GrantItemsService,
    FinancialReportService,
    FundingAlertsService,
    FundingOverviewService,
    FundingRemindersService,
    InKindContributions,
  ],
  // Fund splits read a grant's amounts through GrantsService.amounts().
  exports: [GrantsService, FundersService],
})
export class FundingModule {}
