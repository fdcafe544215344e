import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { FundingModule } from '../funding/funding.module';
import { GovernanceModule } from '../governance/governance.module';
import { ContributionTotalsAdapter } from './contribution-totals.adapter';
import { CopilDecisionsAdapter } from './copil-decisions.adapter';
import { GrantFundsAdapter } from './grant-funds.adapter';
import { ContributionTotalsProvider, CopilDecisionsProvider, GrantFundsProvider } from './ports';
import { SplitCalculator } from './split-calculator.service';
import { SplitPaymentsService } from './split-payments.service';
import { SplitStatementsService } from './split-statements.service';
import { SplitsController } from './splits.controller';
import { SplitsService } from './splits.service';

/**
 * Splits read contribution totals, grants and decisions through the modules that own them, behind the ports in
 * ports.ts.
 */
@Module({
  imports: [ContributionsModule, FundingModule, GovernanceModule],
  controllers: [SplitsController],
  providers: [
    { provide: ContributionTotalsProvider, useClass: ContributionTotalsAdapter },
    { provide: GrantFundsProvider, useClass: GrantFundsAdapter },
    { provide: CopilDecisionsProvider, useClass: CopilDecisionsAdapter },
    SplitCalculator,
    SplitsService,
    SplitPaymentsService,
    SplitStatementsService,
  ],
  exports: [SplitsService, SplitPaymentsService],
})
export class SplitsModule {}
