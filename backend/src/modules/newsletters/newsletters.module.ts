import { Module, OnModuleInit } from '@nestjs/common';
import { JobRunner } from '../../jobs/job-runner.service';
import { ArchiveService } from './archive.service';
import { CadenceService } from './cadence.service';
import { IssueRenderer } from './issue-renderer.service';
import { IssuesController } from './issues.controller';
import { IssuesService } from './issues.service';
import { ListsController } from './lists.controller';
import { ListsService } from './lists.service';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';
import { PublicNewslettersController } from './public.controller';
import { MailboxReader } from './returns/mailbox-reader.service';
import { ReturnsService } from './returns/returns.service';
import { WebhooksController } from './returns/webhooks.controller';
import { WebhooksService } from './returns/webhooks.service';
import { SendStatsService } from './send-stats.service';
import { BulkTransport } from './sending/bulk-transport.service';
import { SendQueue } from './sending/send-queue';
import { SendWorkerService } from './sending/send-worker.service';
import { SubscribersController } from './subscribers.controller';
import { SubscribersService } from './subscribers.service';
import { SubscriptionService } from './subscription.service';

@Module({
  controllers: [
    ListsController,
    SubscribersController,
    IssuesController,
    ProposalsController,
    PublicNewslettersController,
    WebhooksController,
  ],
  providers: [
    ListsService,
    SubscribersService,
    SubscriptionService,
    IssueRenderer,
    IssuesService,
    SendStatsService,
    ArchiveService,
    CadenceService,
    ProposalsService,
    BulkTransport,
    SendQueue,
    SendWorkerService,
    ReturnsService,
    MailboxReader,
    WebhooksService,
  ],
  exports: [
    ProposalsService,
    ListsService,
    SubscribersService,
    SubscriptionService,
    IssuesService,
    SendWorkerService,
    SendQueue,
    CadenceService,
    MailboxReader,
  ],
})
export class NewslettersModule implements OnModuleInit {
  constructor(
    private readonly worker: SendWorkerService,
    private readonly subscriptions: SubscriptionService,
    private readonly cadence: CadenceService,
    private readonly jobs: JobRunner,
  ) {}

  /**
   * The worker's hourly chores: erase unconfirmed requests past 30 days, remind the team of the next issue. Each worker
   * calls them an hour after its own start; the slot is the hour, so the first worker to call them in an hour runs
   * them.
   */
  onModuleInit(): void {
    this.worker.setChores({
      everyHour: async () => {
        const hour = new Date();
        hour.setUTCMinutes(0, 0, 0);
        await this.jobs.run(
          'newsletter-chores',
          async () => ({ purged: await this.subscriptions.purgePending(), reminded: await this.cadence.remindIfDue() }),
          hour,
        );
      },
    });
  }
}
