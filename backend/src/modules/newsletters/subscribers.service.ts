import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { paginate, type Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { ConsentEvent, type ConsentAction } from './consent-event.entity';
import type {
  SubscriberDeliveryResponse,
  SubscriberDetailResponse,
  SubscriberResponse,
} from './dto/subscriber.response';
import { DELIVERY_STATUSES } from './delivery.entity';
import type {
  CreateSubscriberDto,
  SubscriberExportQuery,
  SubscriberQuery,
  UpdateSubscriberDto,
} from './dto/subscribers.dto';
import { ListsService } from './lists.service';
import { SUBSCRIBERS_EXPORT, type SubscriberExportRow } from './subscriber-export';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import { Subscriber } from './subscriber.entity';
import { Subscription, SUBSCRIPTION_STATUSES } from './subscription.entity';
import { exec, many, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { skipQueuedDeliveries } from './skip-deliveries';
import { NewsletterError } from './newsletters.errors';

interface NewSubscriber {
  email: string;
  firstName: string | null;
  lastName: string | null;
  locale: 'fr' | 'en';
}

const SORT = { email: 's.email', lastName: 's.last_name', status: 's.status', createdAt: 's.created_at' };

/** Subscribers as the communication team manages them: list, add with recorded consent, export. */
@Injectable()
export class SubscribersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly lists: ListsService,
  ) {}

  async list(ctx: RequestContext, q: SubscriberQuery): Promise<Page<SubscriberResponse>> {
    const page = await paginate(this.filtered(ctx, q), q);
    return { ...page, items: await this.withLists(page.items) };
  }

  /** The list's filters and order, as the export applies them too. */
  private filtered(ctx: RequestContext, q: Omit<SubscriberQuery, 'page' | 'pageSize'>) {
    const qb = this.db.getRepository(Subscriber).createQueryBuilder('s');
    whereAllowed(qb, ctx.ability, 'read', 'Subscriber');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('lower(s.email) LIKE :like', { like })
            .orWhere('lower(s.first_name) LIKE :like')
            .orWhere('lower(s.last_name) LIKE :like'),
        ),
      );
    }
    if (q.status) qb.andWhere('s.status = :status', { status: q.status });
    if (q.listId)
      qb.andWhere(
        `EXISTS (SELECT 1 FROM newsletter_subscriptions x WHERE x.subscriber_id = s.id AND x.list_id = :listId AND x.status <> 'unsubscribed')`,
        { listId: q.listId },
      );
    return qb.orderBy(SORT[q.sort], q.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST').addOrderBy('s.id');
  }

  private async withLists(subscribers: Subscriber[]): Promise<SubscriberResponse[]> {
    if (subscribers.length === 0) return [];
    const rows = await many(
      this.db,
      sql`SELECT x.subscriber_id AS "subscriberId", x.list_id AS "listId", l.name, x.status
       FROM newsletter_subscriptions x JOIN newsletter_lists l ON l.id = x.list_id
       WHERE x.subscriber_id = ANY(${subscribers.map((s) => s.id)}) ORDER BY l.name`,
      { subscriberId: col.uuid, listId: col.uuid, name: col.text, status: col.oneOf(SUBSCRIPTION_STATUSES) },
    );
    return subscribers.map((s) => ({
      ...s,
      lists: rows.filter((r) => r.subscriberId === s.id).map(({ subscriberId: _, ...l }) => l),
    }));
  }

  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<Subscriber> {
    const s = await em.findOne(Subscriber, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!s) throw new NotFound(NewsletterError.SubscriberNotFound);
    if (!ctx.ability.can(action, s)) throw new Forbidden();
    return s;
  }

  async get(ctx: RequestContext, id: string): Promise<SubscriberDetailResponse> {
    const [view] = await this.withLists([await this.findAllowed(ctx, id, 'read')]);
    const consent = await this.db
      .getRepository(ConsentEvent)
      .find({ where: { subscriberId: id }, order: { at: 'DESC', id: 'DESC' } });
    return { ...view, consent, deliveries: await this.history(id) };
  }

  /** A subscriber's record across issues, newest first (their page shows why a letter did not reach them). */
  private async history(subscriberId: string): Promise<SubscriberDeliveryResponse[]> {
    return many(
      this.db,
      sql`SELECT d.id, d.issue_id AS "issueId", i.number AS "issueNumber", i.title AS "issueTitle", d.status,
         d.attempts, coalesce(d.sent_at, d.handed_at, i.sending_started_at) AS "at", d.smtp_response AS "smtpResponse"
       FROM newsletter_deliveries d JOIN newsletter_issues i ON i.id = d.issue_id
       WHERE d.subscriber_id = ${subscriberId} ORDER BY i.number DESC LIMIT 100`,
      {
        id: col.text,
        issueId: col.uuid,
        issueNumber: col.int,
        issueTitle: col.text,
        status: col.oneOf(DELIVERY_STATUSES),
        attempts: col.int,
        at: col.timestamp.nullable,
        smtpResponse: col.text.nullable,
      },
    );
  }

  /** One person added by hand, with the consent the team records. */
  async create(ctx: SignedInContext, dto: CreateSubscriberDto): Promise<SubscriberDetailResponse> {
    const row: NewSubscriber = {
      email: dto.email,
      firstName: dto.firstName ?? null,
      lastName: dto.lastName ?? null,
      locale: dto.locale ?? 'fr',
    };
    if (!ctx.ability.can('create', subject('Subscriber', { ...row, status: 'confirmed' }))) throw new Forbidden();
    await this.db.transaction(async (em) => {
      await this.lists.usable(em, dto.listIds, 'listIds');
      const report = await this.addConfirmed(em, ctx, [row], dto.listIds, dto.consentSource, 'added_by_staff');
      if (report.refused.length)
        throw new Conflict(NewsletterError.PersonUnsubscribedAddressNoLonger, {
          email: [NewsletterError.PersonUnsubscribedAddressNoLonger],
        });
    });
    const { id } = await one(this.db, sql`SELECT id FROM newsletter_subscribers WHERE lower(email) = ${dto.email}`, {
      id: col.uuid,
    });
    return this.get(ctx, id);
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateSubscriberDto): Promise<SubscriberDetailResponse> {
    await this.db.transaction(async (em) => {
      const s = await this.findAllowed(ctx, id, 'update', em);
      const before = { ...s };
      const { listIds, status, ...fields } = dto;
      Object.assign(s, fields);
      if (!ctx.ability.can('update', subject('Subscriber', { ...s, status: status ?? s.status })))
        throw new Forbidden();
      if (status && s.status !== status) {
        s.status = status;
        s.statusReason = `${ctx.user.firstName} ${ctx.user.lastName}`;
        if (status === 'bounced') s.bouncedAt = new Date();
        await em.insert(ConsentEvent, {
          subscriberId: id,
          action: status,
          source: 'backoffice',
          actorId: ctx.user.id,
          ip: ctx.ip,
        });
        await skipQueuedDeliveries(em, id);
      }
      await em.save(s);
      if (listIds) await this.setLists(em, ctx, s, listIds);
      await this.audit.recordUpdate(em, ctx, 'Subscriber', id, before, s);
    });
    return this.get(ctx, id);
  }

  /**
   * Staff may take someone off a list at any time, and put them on a list only while their consent covers it:
   * a list they left stays left (only they can come back).
   */
  private async setLists(em: EntityManager, ctx: SignedInContext, s: Subscriber, listIds: string[]): Promise<void> {
    await this.lists.usable(em, listIds, 'listIds');
    const current = await em.find(Subscription, { where: { subscriberId: s.id } });
    for (const sub of current) {
      if (!listIds.includes(sub.listId) && sub.status !== 'unsubscribed') {
        await em.update(Subscription, sub.id, { status: 'unsubscribed', unsubscribedAt: new Date() });
        await em.insert(ConsentEvent, {
          subscriberId: s.id,
          listId: sub.listId,
          action: 'unsubscribed',
          source: 'backoffice',
          actorId: ctx.user.id,
          ip: ctx.ip,
        });
        await skipQueuedDeliveries(em, s.id, sub.listId);
      }
    }
    const added = listIds.filter((l) => !current.some((c) => c.listId === l));
    const rejoined = current.filter((c) => listIds.includes(c.listId) && c.status === 'unsubscribed');
    if (rejoined.length || (added.length && s.status !== 'confirmed'))
      throw ValidationFailed.field('listIds', NewsletterError.PersonUnsubscribedAddressNoLonger);
    for (const listId of added) {
      await em.insert(Subscription, { subscriberId: s.id, listId, status: 'confirmed', confirmedAt: new Date() });
      await em.insert(ConsentEvent, {
        subscriberId: s.id,
        listId,
        action: 'added_by_staff',
        source: 'backoffice',
        actorId: ctx.user.id,
        ip: ctx.ip,
      });
    }
  }

  /**
   * Signs someone up as confirmed on the lists, with the consent recorded per list. Addresses that unsubscribed,
   * bounced or complained are left alone and reported. (Files go through the import flow, kind `subscribers`.)
   */
  private async addConfirmed(
    em: EntityManager,
    ctx: SignedInContext,
    rows: NewSubscriber[],
    listIds: string[],
    source: string,
    action: ConsentAction,
  ): Promise<{ refused: string[] }> {
    const emails = rows.map((r) => r.email);
    await exec(
      em,
      sql`INSERT INTO newsletter_subscribers (email, first_name, last_name, locale, status, confirmed_at)
       SELECT e, f, l, c, 'confirmed', now()
       FROM unnest(${emails}::text[], ${rows.map((r) => r.firstName)}::text[], ${rows.map((r) => r.lastName)}::text[],
                   ${rows.map((r) => r.locale)}::text[]) AS r(e, f, l, c)
       ON CONFLICT ((lower(email))) DO NOTHING`,
    );
    const refused = await many(
      em,
      sql`SELECT s.email FROM newsletter_subscribers s
       WHERE lower(s.email) = ANY(${emails}) AND (s.status IN ('unsubscribed', 'bounced', 'complained')
         OR EXISTS (SELECT 1 FROM newsletter_subscriptions x
                    WHERE x.subscriber_id = s.id AND x.list_id = ANY(${listIds}) AND x.status = 'unsubscribed'))
       ORDER BY s.email`,
      { email: col.text },
    );
    // Pending people (asked on the site, never confirmed) are confirmed by the consent the import records.
    await exec(
      em,
      sql`UPDATE newsletter_subscribers
       SET status = 'confirmed', confirmed_at = now(), confirm_token_hash = NULL, confirm_token_expires_at = NULL
       WHERE lower(email) = ANY(${emails}) AND status = 'pending'`,
    );
    const subscribed = await many(
      em,
      sql`INSERT INTO newsletter_subscriptions (subscriber_id, list_id, status, confirmed_at)
       SELECT s.id, l, 'confirmed', now() FROM newsletter_subscribers s CROSS JOIN unnest(${listIds}::uuid[]) AS l
       WHERE lower(s.email) = ANY(${emails}) AND s.status = 'confirmed'
       ON CONFLICT (subscriber_id, list_id) DO UPDATE SET status = 'confirmed', confirmed_at = now()
         WHERE newsletter_subscriptions.status = 'pending'
       RETURNING subscriber_id, list_id`,
      { subscriber_id: col.uuid, list_id: col.uuid },
    );
    if (subscribed.length) {
      await exec(
        em,
        sql`INSERT INTO newsletter_consent_events (subscriber_id, list_id, action, source, ip, actor_id)
         SELECT s, l, ${action}, ${source}, ${ctx.ip}, ${ctx.user.id}
         FROM unnest(${subscribed.map((r) => r.subscriber_id)}::uuid[], ${subscribed.map((r) => r.list_id)}::uuid[]) AS r(s, l)`,
      );
    }
    return { refused: refused.map((r) => r.email) };
  }

  /**
   * Every subscriber the list would show, with the import's columns first (so the file can be imported back), then
   * the lists they confirmed and the proof of their consent.
   */
  export(ctx: RequestContext, q: SubscriberExportQuery): ExportFile {
    const qb = this.filtered(ctx, q)
      .select([
        's.email AS email',
        's.first_name AS first_name',
        's.last_name AS last_name',
        's.locale AS locale',
        's.status AS status',
        's.confirmed_at AS confirmed_at',
      ])
      .addSelect(
        `(SELECT string_agg(l.name, ' | ' ORDER BY l.name) FROM newsletter_subscriptions x JOIN newsletter_lists l ON l.id = x.list_id
                   WHERE x.subscriber_id = s.id AND x.status = 'confirmed')`,
        'lists',
      )
      .addSelect(
        `(SELECT c.source FROM newsletter_consent_events c WHERE c.subscriber_id = s.id AND c.action IN ('confirmed', 'imported', 'added_by_staff') ORDER BY c.at DESC, c.id DESC LIMIT 1)`,
        'consent_source',
      )
      .addSelect(
        `(SELECT c.at FROM newsletter_consent_events c WHERE c.subscriber_id = s.id AND c.action IN ('confirmed', 'imported', 'added_by_staff') ORDER BY c.at DESC, c.id DESC LIMIT 1)`,
        'consent_at',
      );
    const batches = inBatches((offset, limit) =>
      qb.clone().offset(offset).limit(limit).getRawMany<SubscriberExportRow>(),
    );
    return writeExport(SUBSCRIBERS_EXPORT, batches, ctx.locale, q.format);
  }
}
