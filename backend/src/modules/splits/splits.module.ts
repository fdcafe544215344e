import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { FundingModule } from '../funding/funding.module';
import { ContributionTotalsAdapter } from './contribution-totals.adapter';
import { GrantFundsAdapter } from './grant-funds.adapter';
import { ContributionTotalsProvider, GrantFundsProvider } from './ports';
import { SplitCalculator } from './split-calculator.service';
import { SplitPaymentsService } from './split-payments.service';
import { SplitStatementsService } from './split-statements.service';
import { SplitsController } from './splits.controller';
import { SplitsService } from './splits.service';

/** Splits read contribution totals and grants through the modules that own them, behind the ports in ports.ts. */
@Module({
  imports: [ContributionsModule, FundingModule],
  controllers: [SplitsController],
  providers: [
    { provide: ContributionTotalsProvider, useClass: ContributionTotalsAdapter },
    { provide: GrantFundsProvider, useClass: GrantFundsAdapter },
    SplitCalculator, SplitsService, SplitPaymentsService, SplitStatementsService,
  ],
  exports: [SplitsService],
})
export class SplitsModule {}
