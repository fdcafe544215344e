import { Module } from '@nestjs/common';
import { ErasureService } from './erasure.service';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';
import { RetentionService } from './retention.service';

@Module({ controllers: [PrivacyController], providers: [PrivacyService, ErasureService, RetentionService] })
export class PrivacyModule {}
