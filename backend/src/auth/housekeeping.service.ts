import { Injectable } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { SessionService } from './session.service';
import { RateLimitService } from '../common/rate-limit.service';
import { Outbox } from '../outbox/outbox.service';

/** Drops what can no longer serve: expired sessions, old rate-limit hits, long-failed outbox jobs. Harmless if several processes run it. */
@Injectable()
export class HousekeepingService {
  constructor(
    private readonly rateLimit: RateLimitService,
    private readonly sessions: SessionService,
    private readonly outbox: Outbox,
  ) {}

  @Interval(60 * 60 * 1000)
  async purge(): Promise<void> {
    await this.rateLimit.purge();
    await this.sessions.purgeExpired();
    await this.outbox.purge();
  }
}
