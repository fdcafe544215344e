import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { sha256, randomToken } from '../../auth/session.service';
import { AppConfig } from '../../config/app-config';
import { Gone, NotFound, ValidationFailed } from '../../common/errors';
import { RateLimitService } from '../../common/rate-limit.service';
import type { RequestContext } from '../../common/request-context';
import { MailService } from '../../mail/mail.service';
import { Outbox } from '../../outbox/outbox.service';
import { CONFIRM_LINK_DAYS, CONSENT_TEXTS, CURRENT_CONSENT_VERSION, PENDING_RETENTION_DAYS } from './consent';
import { ConsentEvent } from './consent-event.entity';
import type {
  ConfirmedResponse,
  PublicFormResponse,
  UnsubscribedResponse,
  UnsubscribeInfoResponse,
} from './dto/subscriber.response';
import type { SubscribeDto } from './dto/subscribers.dto';
import { ListsService } from './lists.service';
import { NewsletterList } from './newsletter-list.entity';
import { Subscriber } from './subscriber.entity';
import { Subscription } from './subscription.entity';
import { readUnsubscribeToken } from './unsubscribe-token';
import { leaveLists } from './leave-lists';
import { exec, sql } from '../../database/sql';
import { NewsletterError } from './newsletters.errors';

export interface Visitor extends RequestContext {
  userAgent: string | null;
}

const SUBSCRIBE_JOB = 'newsletter_subscribe';
interface SubscribeRequest {
  dto: SubscribeDto;
  ip: string | null;
  userAgent: string | null;
}

/** Masks an address shown to whoever holds a link: enough to recognise it, not enough to harvest it. */
export const maskEmail = (email: string) =>
  email.replace(/^(.)[^@]*(@.*)$/, (_m, first: string, domain: string) => `${first}•••${domain}`);

/** What the public does without an account: subscribe (double opt-in), confirm, unsubscribe. */
@Injectable()
export class SubscriptionService {
  private readonly logger = new Logger('Newsletters');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly rateLimit: RateLimitService,
    private readonly mail: MailService,
    private readonly lists: ListsService,
    private readonly outbox: Outbox,
  ) {
    outbox.register<SubscribeRequest>(SUBSCRIBE_JOB, (em, request) => this.recordSubscription(em, request));
  }

  async publicForm(): Promise<PublicFormResponse> {
    const lists = await this.db.getRepository(NewsletterList).find({
      where: { isPublic: true, archivedAt: IsNull() },
      order: { name: 'ASC' },
      select: { id: true, name: true, description: true },
    });
    return { lists, consentTextVersion: CURRENT_CONSENT_VERSION, consentText: CONSENT_TEXTS[CURRENT_CONSENT_VERSION] };
  }

  /**
   * Double opt-in, first half. Answers the same, in the same time, whatever the address's state, so the form tells
   * nobody who is subscribed: the request checks what does not depend on the address and leaves the rest to the
   * outbox (`recordSubscription`).
   */
  async subscribe(ctx: Visitor, dto: SubscribeDto): Promise<void> {
    await this.rateLimit.hit(`subscribe:ip:${ctx.ip}`, 20, 60);
    if (!CONSENT_TEXTS[dto.consentTextVersion]) {
      throw ValidationFailed.field('consentTextVersion', NewsletterError.UnknownConsentTextVersion);
    }
    // The honeypot: a bot gets the usual answer and nothing happens.
    if (dto.website) return;
    await this.lists.usable(this.db.manager, dto.listIds, 'listIds', true);
    await this.outbox.enqueue(this.db.manager, SUBSCRIBE_JOB, {
      dto,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    } satisfies SubscribeRequest);
  }

  /**
   * The outbox's half, in the job's transaction: records the request with its proof (page, consent text version,
   * address, browser) and mails a single-use link.
   */
  private async recordSubscription(em: EntityManager, { dto, ip, userAgent }: SubscribeRequest): Promise<void> {
    if (await this.rateLimit.isLimited(`subscribe:email:${dto.email}`, 3, 60)) return;
    await this.rateLimit.hit(`subscribe:email:${dto.email}`, Number.MAX_SAFE_INTEGER, 60);
    const token = randomToken();
    const expiresAt = new Date(Date.now() + CONFIRM_LINK_DAYS * 86_400_000);
    const lists = await this.lists.usable(em, dto.listIds, 'listIds', true);
    await exec(
      em,
      sql`INSERT INTO newsletter_subscribers (email, first_name, last_name, locale, status)
       VALUES (${dto.email}, ${dto.firstName ?? null}, ${dto.lastName ?? null}, ${dto.locale}, 'pending')
       ON CONFLICT ((lower(email))) DO NOTHING`,
    );
    const subscriber = await em
      .getRepository(Subscriber)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('lower(s.email) = :email', { email: dto.email })
      .getOneOrFail();
    // A complaint or a bounce stands until someone looks at it; nothing is mailed to such an address.
    if (subscriber.status === 'bounced' || subscriber.status === 'complained') return;
    const asked: NewsletterList[] = [];
    for (const list of lists) {
      const existing = await em.findOne(Subscription, { where: { subscriberId: subscriber.id, listId: list.id } });
      if (existing?.status === 'confirmed') continue;
      // A new request starts afresh (its age decides when it is purged); the consent events keep the history.
      if (existing) await em.delete(Subscription, existing.id);
      await em.insert(Subscription, { subscriberId: subscriber.id, listId: list.id, status: 'pending' });
      await em.insert(ConsentEvent, {
        subscriberId: subscriber.id,
        listId: list.id,
        action: 'subscribe_requested',
        source: dto.sourcePage,
        textVersion: dto.consentTextVersion,
        ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
      });
      asked.push(list);
    }
    if (asked.length === 0) return;
    const update: Partial<Subscriber> = {
      confirmTokenHash: sha256(token),
      confirmTokenExpiresAt: expiresAt,
      locale: dto.locale,
    };
    if (subscriber.status === 'pending' || subscriber.status === 'unsubscribed') {
      Object.assign(update, {
        firstName: dto.firstName ?? subscriber.firstName,
        lastName: dto.lastName ?? subscriber.lastName,
      });
    }
    await em.update(Subscriber, subscriber.id, update);
    await this.mail.enqueue(em, {
      to: dto.email,
      template: 'newsletter-confirm',
      locale: dto.locale,
      vars: {
        // The name as it will be kept: the one just given, unless a confirmed subscriber's is already on record.
        firstName: update.firstName ?? subscriber.firstName,
        lists: asked.map((l) => l.name),
        confirmUrl: `${this.config.APP_URL}/newsletter/confirm?token=${token}`,
        expiresAt,
      },
    });
  }

  /** Double opt-in, second half: the link confirms every list asked for, once. */
  async confirm(ctx: Visitor, token: string): Promise<ConfirmedResponse> {
    await this.rateLimit.hit(`confirm:ip:${ctx.ip}`, 60, 60);
    return this.db.transaction(async (em) => {
      const subscriber = await em
        .getRepository(Subscriber)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.confirm_token_hash = :h', { h: sha256(token) })
        .getOne();
      if (!subscriber) throw new NotFound(NewsletterError.UnknownAlreadyUsedConfirmationLink);
      if (!subscriber.confirmTokenExpiresAt || subscriber.confirmTokenExpiresAt < new Date()) {
        throw new Gone(NewsletterError.LinkHasExpiredSubscribeAgain);
      }
      const pending = await em.find(Subscription, {
        where: { subscriberId: subscriber.id, status: 'pending' },
        relations: { list: true },
      });
      const now = new Date();
      await em.update(Subscription, { id: In(pending.map((p) => p.id)) }, { status: 'confirmed', confirmedAt: now });
      await em.update(Subscriber, subscriber.id, {
        status: 'confirmed',
        confirmedAt: subscriber.confirmedAt ?? now,
        unsubscribedAt: null,
        confirmTokenHash: null,
        confirmTokenExpiresAt: null,
      });
      for (const p of pending) {
        const [asked] = await em.find(ConsentEvent, {
          where: { subscriberId: subscriber.id, listId: p.listId, action: 'subscribe_requested' },
          order: { at: 'DESC' },
          take: 1,
        });
        await em.insert(ConsentEvent, {
          subscriberId: subscriber.id,
          listId: p.listId,
          action: 'confirmed',
          source: 'confirmation link',
          textVersion: asked?.textVersion ?? null,
          ip: ctx.ip,
          userAgent: ctx.userAgent?.slice(0, 300) ?? null,
        });
      }
      return { email: subscriber.email, lists: pending.map((p) => p.list.name) };
    });
  }

  private async fromToken(token: string) {
    const pair = readUnsubscribeToken(this.config.NEWSLETTER_SECRET, token);
    const subscription =
      pair &&
      (await this.db.getRepository(Subscription).findOne({ where: pair, relations: { list: true, subscriber: true } }));
    if (!subscription) throw new NotFound(NewsletterError.UnsubscribeLinkNotValid);
    return subscription;
  }

  /** What the unsubscribe page shows before the person confirms. */
  async describeUnsubscribe(ctx: Visitor, token: string): Promise<UnsubscribeInfoResponse> {
    await this.rateLimit.hit(`unsubscribe:ip:${ctx.ip}`, 120, 60);
    const s = await this.fromToken(token);
    return {
      maskedEmail: maskEmail(s.subscriber.email),
      list: s.list.name,
      subscribed: s.status !== 'unsubscribed',
      locale: s.subscriber.locale,
    };
  }

  /**
   * Takes the person off the list at once (RFC 8058 one-click, or the page's button), and every message of that
   * list still queued for them with it. Repeating it changes nothing.
   */
  async unsubscribe(
    ctx: Visitor,
    token: string,
    source: 'one-click' | 'unsubscribe page',
    allLists = false,
  ): Promise<UnsubscribedResponse> {
    await this.rateLimit.hit(`unsubscribe:ip:${ctx.ip}`, 120, 60);
    const target = await this.fromToken(token);
    return this.db.transaction(async (em) => {
      const left = await leaveLists(em, {
        subscriberId: target.subscriberId,
        listId: allLists ? null : target.listId,
        source,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      });
      if (left) this.logger.log(`unsubscribed ${target.subscriberId} from ${left} list(s) (${source})`);
      return { list: target.list.name, lists: left };
    });
  }

  /** Requests never confirmed are erased after 30 days, with their proof: nothing was ever consented to. */
  async purgePending(): Promise<number> {
    const days = PENDING_RETENTION_DAYS;
    const subs = await exec(
      this.db,
      sql`DELETE FROM newsletter_subscriptions WHERE status = 'pending' AND created_at < now() - make_interval(days => ${days})`,
    );
    const people = await exec(
      this.db,
      sql`DELETE FROM newsletter_subscribers WHERE status = 'pending' AND created_at < now() - make_interval(days => ${days})
       AND (confirm_token_expires_at IS NULL OR confirm_token_expires_at < now())`,
    );
    return subs + people;
  }
}
