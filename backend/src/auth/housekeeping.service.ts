import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunner } from '../jobs/job-runner.service';
import { SessionService } from './session.service';
import { RateLimitService } from '../common/rate-limit.service';
import { Outbox } from '../outbox/outbox.service';

/**
 * Drops what can no longer serve: expired sessions, old rate-limit hits, long-failed outbox jobs; once an hour across
 * processes.
 */
@Injectable()
export class HousekeepingService {
  constructor(
    private readonly rateLimit: RateLimitService,
    private readonly sessions: SessionService,
    private readonly outbox: Outbox,
    private readonly jobs: JobRunner,
  ) {}

  @Cron('5 * * * *', { name: 'housekeeping' })
  async purge(): Promise<void> {
    await this.jobs.run('housekeeping', async () => {
      await this.rateLimit.purge();
      await this.sessions.purgeExpired();
      await this.outbox.purge();
    });
  }
}
