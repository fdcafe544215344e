import { Module } from '@nestjs/common';
import { FeedChecksService } from './feed-checks.service';
import { SourcesController } from './sources.controller';
import { SourcesService } from './sources.service';

@Module({
  controllers: [SourcesController],
  providers: [SourcesService, FeedChecksService],
  exports: [SourcesService, FeedChecksService],
})
export class SourcesModule {}
