import { Module } from '@nestjs/common';
import { FundingModule } from '../funding/funding.module';
import { GovernanceModule } from '../governance/governance.module';
import { SplitsModule } from '../splits/splits.module';
import { TrailController } from './trail.controller';
import { TrailService } from './trail.service';

/** The trail from decision to payment, across governance, funding and splits (it owns no table). */
@Module({
  imports: [GovernanceModule, FundingModule, SplitsModule],
  controllers: [TrailController],
  providers: [TrailService],
})
export class TrailModule {}
