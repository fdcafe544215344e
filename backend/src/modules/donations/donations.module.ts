import { Module } from '@nestjs/common';
import { CampaignsService } from './campaigns.service';
import { DonationsController } from './donations.controller';
import { DonationsService } from './donations.service';
import { HelloAssoClient } from './helloasso-client';
import { HelloAssoService } from './helloasso.service';
import { ReceiptsService } from './receipts.service';

@Module({
  controllers: [DonationsController],
  providers: [CampaignsService, DonationsService, ReceiptsService, HelloAssoService, HelloAssoClient],
  exports: [DonationsService, CampaignsService],
})
export class DonationsModule {}
