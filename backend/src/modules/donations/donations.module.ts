import { Module } from '@nestjs/common';
import { FundingModule } from '../funding/funding.module';
import { ActionGifts } from './action-gifts';
import { CampaignsService } from './campaigns.service';
import { DonationsController } from './donations.controller';
import { DonationsService } from './donations.service';
import { HelloAssoClient } from './helloasso-client';
import { HelloAssoService } from './helloasso.service';
import { ReceiptsService } from './receipts.service';

@Module({
  imports: [FundingModule],
  controllers: [DonationsController],
  providers: [ActionGifts, CampaignsService, DonationsService, ReceiptsService, HelloAssoService, HelloAssoClient],
  exports: [DonationsService, CampaignsService],
})
export class DonationsModule {}
