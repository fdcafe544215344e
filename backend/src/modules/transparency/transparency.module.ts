import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { FundingModule } from '../funding/funding.module';
import { SplitsModule } from '../splits/splits.module';
import { TransparencyController } from './transparency.controller';
import { TransparencyService } from './transparency.service';

/** The network's public transparency page: its one setting, and what funding, splits and contributions publish. */
@Module({
  imports: [FundingModule, SplitsModule, ContributionsModule],
  controllers: [TransparencyController],
  providers: [TransparencyService],
})
export class TransparencyModule {}
