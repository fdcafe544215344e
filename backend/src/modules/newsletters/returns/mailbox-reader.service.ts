import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ImapFlow } from 'imapflow';
import { createHash } from 'node:crypto';
import { AppConfig } from '../../../config/app-config';
import { JobRunner } from '../../../jobs/job-runner.service';
import { SendWorkerService } from '../sending/send-worker.service';
import { readUnsubscribeToken } from '../unsubscribe-token';
import { parseReturn } from './report-parser';
import { anyTokensIn, tokensIn } from './return-token';
import { ReturnsService, type ReturnReport } from './returns.service';

/** What one reading did: messages read, reports recorded (a report read again is not counted). */
export interface MailboxReading {
  read: number;
  recorded: number;
}

/**
 * Reads the mailbox of BOUNCE_ADDRESS and NEWSLETTER_UNSUBSCRIBE_EMAIL over IMAP (IMAP_URL) every IMAP_POLL_SECONDS,
 * in the processes that run the send worker, one process at a time (a scheduled job). Unseen messages are parsed and
 * recorded, then flagged \Seen; a message read twice (the flag lost, two readers) is recorded once, by its digest.
 */
@Injectable()
export class MailboxReader implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('BounceMailbox');
  private timer?: NodeJS.Timeout;
  /** The reading under way, which a shutdown waits for (its run row must not stay "running"). */
  private reading: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly config: AppConfig,
    private readonly returns: ReturnsService,
    private readonly jobs: JobRunner,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.IMAP_URL || !(this.config.NEWSLETTER_WORKER || SendWorkerService.forceStart)) return;
    const every = this.config.IMAP_POLL_SECONDS * 1000;
    this.timer = setInterval(() => {
      const slot = new Date(Math.floor(Date.now() / every) * every);
      this.reading = this.jobs.run('newsletter-returns', () => this.readOnce(), slot);
    }, every);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.reading.catch(() => undefined);
  }

  /** Reads every unseen message once. */
  async readOnce(): Promise<MailboxReading> {
    const url = new URL(this.config.IMAP_URL!);
    const secure = url.protocol === 'imaps:';
    const client = new ImapFlow({
      host: url.hostname,
      port: Number(url.port) || (secure ? 993 : 143),
      secure,
      auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
      logger: false,
    });
    await client.connect();
    const reading = { read: 0, recorded: 0 };
    try {
      const lock = await client.getMailboxLock(this.config.IMAP_MAILBOX);
      try {
        const found = await client.search({ seen: false }, { uid: true });
        const uids = Array.isArray(found) ? found : [];
        for (const uid of uids) {
          const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
          if (!message || !message.source) continue;
          reading.read += 1;
          // A failure (the database away) leaves the message unseen: the next reading tries again.
          reading.recorded += await this.handle(message.source);
          await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        }
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
    if (reading.read) this.logger.log(`read ${reading.read} message(s), ${reading.recorded} report(s) recorded`);
    return reading;
  }

  /** One message of the mailbox: the reports it makes, recorded; how many were new. */
  async handle(raw: Buffer): Promise<number> {
    const reports = await this.reportsOf(raw);
    let recorded = 0;
    for (const r of reports) if ((await this.returns.record(r)) === 'recorded') recorded += 1;
    return recorded;
  }

  private async reportsOf(raw: Buffer): Promise<ReturnReport[]> {
    const parsed = await parseReturn(raw);
    const key = `mailbox:${createHash('sha256').update(raw).digest('hex')}`;
    const secret = this.config.NEWSLETTER_SECRET;
    // The token is in the address the report came back to, and in the returned message's headers.
    const deliveries = anyTokensIn(secret, raw.toString('latin1'));
    const deliveryId = deliveries.length === 1 ? deliveries[0] : null;
    switch (parsed.kind) {
      case 'bounce':
        return parsed.recipients.map((r) => ({
          key: `${key}:${r.email.toLowerCase()}`,
          source: 'mailbox' as const,
          kind: r.severity,
          // One recipient per VERP message: the token names it; a report listing several goes by address.
          deliveryId: parsed.recipients.length === 1 ? deliveryId : null,
          email: r.email,
          detail: `${r.status} ${r.diagnostic}`,
        }));
      case 'complaint':
        return [
          {
            key,
            source: 'mailbox',
            kind: 'complaint',
            deliveryId,
            email: parsed.recipient,
            detail: `complaint (${parsed.feedbackType})`,
          },
        ];
      case 'mail': {
        // Only a mail addressed to the unsubscribe address with a token unsubscribes (not one quoting it).
        const [id] = tokensIn(secret, this.config.NEWSLETTER_UNSUBSCRIBE_EMAIL, parsed.addressedTo);
        if (id) return [{ key, source: 'mailbox', kind: 'unsubscribe', deliveryId: id, detail: 'mailto' }];
        // Messages sent before the token moved into the address carried it in the subject.
        const old = /unsubscribe-([\w-]{64})/.exec(parsed.subject);
        const pair = old && readUnsubscribeToken(secret, old[1]);
        if (pair && parsed.addressedTo.toLowerCase().includes(this.config.NEWSLETTER_UNSUBSCRIBE_EMAIL.toLowerCase())) {
          return [{ key, source: 'mailbox', kind: 'unsubscribe', ...pair, detail: 'mailto' }];
        }
        return [];
      }
    }
  }
}
