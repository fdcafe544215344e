import { Module } from '@nestjs/common';
import { ContributionExportService } from './contribution-export.service';
import { ContributionEvidenceService } from './contribution-evidence.service';
import { ContributionRatesController } from './contribution-rates.controller';
import { ContributionRatesService } from './contribution-rates.service';
import { ContributionTotalsService } from './contribution-totals.service';
import { ContributionsController } from './contributions.controller';
import { ContributionsService } from './contributions.service';
import { InKindController } from './in-kind.controller';
import { InKindService } from './in-kind.service';

/** Other modules read contributions through ContributionTotalsService (sums in SQL) and ContributionsService. */
@Module({
  controllers: [ContributionsController, ContributionRatesController, InKindController],
  providers: [
    ContributionsService,
    ContributionTotalsService,
    ContributionExportService,
    ContributionEvidenceService,
    ContributionRatesService,
    InKindService,
  ],
  exports: [ContributionsService, ContributionTotalsService, ContributionExportService, InKindService],
})
export class ContributionsModule {}
