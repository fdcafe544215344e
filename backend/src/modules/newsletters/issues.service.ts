import { subject } from '@casl/ability';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { personaliseNewsletter, renderNewsletter, sanitizeRichText } from '@maillage/emails';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { Conflict, Forbidden, NotFound, ValidationFailed, type Text } from '../../common/errors';
import { linksOf, setLinks } from '../../common/link-table';
import { paginate, type Page } from '../../common/pagination';
import { RateLimitService } from '../../common/rate-limit.service';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { StoredBlock } from './blocks';
import { checkLinks, checkRendering, externalLinks, type Problem } from './deliverability';
import type { AnyBlockDto } from './dto/blocks.dto';
import type {
  CheckReportResponse,
  IssueResponse,
  PreviewResponse,
  ResendResponse,
  TestSendResponse,
} from './dto/issue.response';
import {
  RESENDABLE_STATUSES,
  type CreateIssueDto,
  type IssueContentDto,
  type IssueQuery,
  type ResendDto,
  type UpdateIssueDto,
} from './dto/issues.dto';
import { IssueRenderer, type IssueToRender } from './issue-renderer.service';
import { ListsService } from './lists.service';
import { ISSUE_LISTS } from './newsletter-issue-list.entity';
import { EDITABLE_STATUSES, NewsletterIssue, type IssueStatus } from './newsletter-issue.entity';
import { dkimConfigured } from '../../mail/dkim';
import { newsletterMessage } from './sending/bulk-mailer';
import { BulkTransport } from './sending/bulk-transport.service';
import { col } from '../../database/sql-columns';
import { exec, many, one, sql } from '../../database/sql';
import { NewsletterError } from './newsletters.errors';
import { previewToken, readPreviewToken } from './preview-token';
import { msg, render } from '../../common/error-catalogue';

const SORT = { number: 'i.number', sendAt: 'i.send_at', updatedAt: 'i.updated_at' };
const transitionRefused = (from: IssueStatus): Text => msg(NewsletterError.NotPossibleFromStatus, { from });

/** Composing, previewing, checking and moving an issue through draft → in review → scheduled. */
@Injectable()
export class IssuesService {
  private readonly logger = new Logger('Newsletters');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly lists: ListsService,
    private readonly renderer: IssueRenderer,
    private readonly bulk: BulkTransport,
    private readonly rateLimit: RateLimitService,
  ) {}

  async list(ctx: RequestContext, q: IssueQuery): Promise<Page<IssueResponse>> {
    const qb = this.db.getRepository(NewsletterIssue).createQueryBuilder('i');
    whereAllowed(qb, ctx.ability, 'read', 'NewsletterIssue');
    if (q.status) qb.andWhere('i.status = :status', { status: q.status });
    qb.orderBy(SORT[q.sort], q.order === 'asc' ? 'ASC' : 'DESC', 'NULLS LAST').addOrderBy('i.number', 'DESC');
    const page = await paginate(qb, q);
    const lists = await linksOf(
      this.db.manager,
      ISSUE_LISTS,
      page.items.map((i) => i.id),
    );
    return { ...page, items: page.items.map((i) => ({ ...i, listIds: lists.get(i.id)! })) };
  }

  /** An issue with the lists it goes to, in its order. */
  private async view(issue: NewsletterIssue, em: EntityManager = this.db.manager): Promise<IssueResponse> {
    return { ...issue, listIds: (await linksOf(em, ISSUE_LISTS, [issue.id])).get(issue.id)! };
  }

  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<NewsletterIssue> {
    const locked = action !== 'read' && em.queryRunner?.isTransactionActive;
    const issue = await em.findOne(NewsletterIssue, {
      where: { id },
      lock: locked ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!issue) throw new NotFound(NewsletterError.IssueNotFound);
    if (!ctx.ability.can(action, issue)) throw new Forbidden();
    return issue;
  }

  async get(ctx: RequestContext, id: string): Promise<IssueResponse> {
    return this.view(await this.findAllowed(ctx, id, 'read'));
  }

  /** The next free number: issues are numbered in the order they are created. */
  private async nextNumber(em: EntityManager): Promise<number> {
    await exec(em, sql`LOCK TABLE newsletter_issues IN SHARE ROW EXCLUSIVE MODE`);
    return this.upcomingNumber(em);
  }

  /** The number the next issue will have if none is created before it (a preview's, without the lock). */
  private async upcomingNumber(em: EntityManager): Promise<number> {
    const { n } = await one(em, sql`SELECT coalesce(max(number), 0) + 1 AS n FROM newsletter_issues`, { n: col.int });
    return n;
  }

  /** Rich text is sanitised before it is stored, so the composer shows what will be sent; every block gets an id. */
  private async normalise(em: EntityManager, blocks: AnyBlockDto[]): Promise<StoredBlock[]> {
    const orgIds = blocks.flatMap((b) => ('organisationIds' in b ? b.organisationIds : []));
    if (orgIds.length) {
      const found = await many(em, sql`SELECT id FROM organisations WHERE id = ANY(${orgIds}::uuid[])`, {
        id: col.uuid,
      });
      blocks.forEach((b, i) => {
        if ('organisationIds' in b && b.organisationIds.some((id) => !found.some((f) => f.id === id))) {
          throw ValidationFailed.field(`blocks.${i}.organisationIds`, NewsletterError.UnknownOrganisation);
        }
      });
    }
    const campaignIds = blocks.flatMap((b) => (b.type === 'donation' && b.campaignId ? [b.campaignId] : []));
    if (campaignIds.length) {
      const found = await many(em, sql`SELECT id FROM donation_campaigns WHERE id = ANY(${campaignIds}::uuid[])`, {
        id: col.uuid,
      });
      blocks.forEach((b, i) => {
        if (b.type === 'donation' && b.campaignId && !found.some((f) => f.id === b.campaignId))
          throw ValidationFailed.field(`blocks.${i}.campaignId`, NewsletterError.UnknownCampaign);
      });
    }
    return blocks.map((b) => {
      const block: StoredBlock = { ...b, id: b.id ?? randomUUID() };
      if (block.type === 'editorial' || block.type === 'free_text') block.html = sanitizeRichText(block.html);
      return block;
    });
  }

  async create(ctx: SignedInContext, dto: CreateIssueDto): Promise<IssueResponse> {
    return this.db.transaction(async (em) => {
      if (dto.listIds) await this.lists.usable(em, dto.listIds, 'listIds');
      const issue = em.create(NewsletterIssue, {
        title: dto.title,
        preheader: dto.preheader ?? null,
        locale: dto.locale ?? 'fr',
        status: 'draft',
        sendAt: dto.sendAt ? new Date(dto.sendAt) : null,
        countOpens: dto.countOpens ?? false,
        blocks: await this.normalise(em, dto.blocks),
        createdById: ctx.user.id,
        number: await this.nextNumber(em),
      });
      if (!ctx.ability.can('create', subject('NewsletterIssue', { ...issue }))) throw new Forbidden();
      const saved = await em.save(issue);
      await setLinks(em, ISSUE_LISTS, saved.id, dto.listIds ?? []);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'NewsletterIssue',
        entityId: saved.id,
        after: { number: saved.number, title: saved.title },
      });
      return this.view(saved, em);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateIssueDto): Promise<IssueResponse> {
    return this.db.transaction(async (em) => {
      const issue = await this.findAllowed(ctx, id, 'update', em);
      if (!EDITABLE_STATUSES.includes(issue.status)) throw new Conflict(NewsletterError.ScheduledSentIssueMoveBack);
      if (dto.listIds) await this.lists.usable(em, dto.listIds, 'listIds');
      const { blocks, sendAt, listIds, ...fields } = dto;
      // A list of lists left out stays as it is (and out of the audit).
      const before = {
        ...issue,
        blocks: undefined,
        listIds: listIds && (await setLinks(em, ISSUE_LISTS, id, listIds)),
      };
      Object.assign(issue, fields);
      if (sendAt !== undefined) issue.sendAt = sendAt ? new Date(sendAt) : null;
      if (blocks) issue.blocks = await this.normalise(em, blocks);
      if (!ctx.ability.can('update', subject('NewsletterIssue', { ...issue }))) throw new Forbidden();
      const saved = await em.save(issue);
      await this.audit.recordUpdate(em, ctx, 'NewsletterIssue', id, before, {
        ...saved,
        blocks: undefined,
        blockCount: saved.blocks.length,
        listIds,
      });
      return this.view(saved, em);
    });
  }

  /** A sample copy (the caller's first name, a placeholder unsubscribe link) of any content, saved or not. */
  async preview(
    ctx: SignedInContext,
    content: IssueContentDto & { number?: number; sendAt?: Date | null },
  ): Promise<PreviewResponse> {
    const blocks = await this.db.transaction((em) => this.normalise(em, content.blocks));
    const issue: IssueToRender = {
      number: content.number ?? (await this.upcomingNumber(this.db.manager)),
      title: content.title,
      preheader: content.preheader ?? null,
      locale: content.locale ?? 'fr',
      blocks,
      sendAt: content.sendAt,
    };
    const copy = personaliseNewsletter(await this.renderer.render(issue), {
      firstName: ctx.user.firstName,
      unsubscribeUrl: this.renderer.unsubscribeUrl('apercu'),
    });
    return { ...copy, bytes: Buffer.byteLength(copy.html) };
  }

  async previewSaved(ctx: SignedInContext, id: string): Promise<PreviewResponse> {
    const issue = await this.findAllowed(ctx, id, 'read');
    return this.preview(ctx, { ...issue, blocks: issue.blocks });
  }

  /** The deliverability check: what can be seen in a copy, and (when enabled) every external link requested. */
  async check(ctx: SignedInContext, id: string): Promise<CheckReportResponse> {
    const issue = await this.get(ctx, id);
    const problems = await this.problems(issue);
    const copy = await this.previewSaved(ctx, id);
    return {
      ok: !problems.some((p) => p.severity === 'error'),
      bytes: copy.bytes,
      problems: problems.map((p) => ({ ...p, message: render(p.message, ctx.locale) })),
    };
  }

  private async problems(issue: IssueResponse): Promise<Problem[]> {
    const unsubscribeUrl = this.renderer.unsubscribeUrl('A'.repeat(64));
    const copy = personaliseNewsletter(await this.renderer.render(issue), { firstName: 'Dominique', unsubscribeUrl });
    const problems = checkRendering(
      { ...copy, unsubscribeUrl },
      {
        dkim: dkimConfigured(this.config),
        lists: issue.listIds.length,
        blocks: issue.blocks.length,
        ownUrl: this.config.APP_URL,
        development: this.config.NODE_ENV !== 'production',
      },
    );
    if (this.config.NEWSLETTER_LINK_CHECK)
      problems.push(...(await checkLinks(externalLinks(copy.html, [this.config.APP_URL]))));
    return problems;
  }

  /** Sends the current content to a few addresses, with the headers a real send has and "[TEST]" before the subject. */
  async testSend(ctx: SignedInContext, id: string, emails: string[]): Promise<TestSendResponse> {
    await this.rateLimit.hit(`newsletter-test:${ctx.user.id}`, 30, 60);
    const issue = await this.view(await this.findAllowed(ctx, id, 'send'));
    // The issue is not out: its web version would not exist yet, so the link opens a signed preview instead.
    const content = await this.renderer.content(issue);
    const token = previewToken(this.config.NEWSLETTER_SECRET, id);
    const rendered = await renderNewsletter({
      ...content,
      webVersionUrl: `${this.config.APP_URL}/newsletter/preview/${token}`,
    });
    const list = { id: issue.listIds[0] ?? randomUUID(), key: 'test', name: 'Test' };
    for (const email of emails) {
      const message = newsletterMessage(
        this.config,
        rendered,
        // No delivery row: a test send's token names none, so a report about it changes no delivery.
        { deliveryId: '0', email, firstName: ctx.user.firstName, subscriberId: randomUUID(), list },
        (t) => this.renderer.unsubscribeUrl(t),
        '[TEST] ',
      );
      await this.bulk.transport.sendMail(message);
    }
    await this.audit.recordNow(ctx, {
      action: 'test_send',
      entityType: 'NewsletterIssue',
      entityId: id,
      after: { emails },
    });
    return { sent: emails.length };
  }

  /** A test mail's web version: the issue's current content, for nobody in particular, while its token is valid. */
  async previewPage(token: string): Promise<string> {
    const id = readPreviewToken(this.config.NEWSLETTER_SECRET, token);
    const issue = id && (await this.db.getRepository(NewsletterIssue).findOneBy({ id }));
    if (!issue) throw new NotFound(NewsletterError.PreviewLinkExpired);
    const rendered = await this.renderer.render(await this.view(issue));
    return personaliseNewsletter(rendered, {
      firstName: null,
      unsubscribeUrl: `${this.config.APP_URL}/newsletter/subscribe`,
    }).html;
  }

  private async move(
    ctx: SignedInContext,
    id: string,
    action: Action,
    from: IssueStatus[],
    apply: (issue: NewsletterIssue, em: EntityManager) => Promise<void> | void,
    auditAction: string,
  ): Promise<IssueResponse> {
    return this.db.transaction(async (em) => {
      const issue = await this.findAllowed(ctx, id, action, em);
      if (!from.includes(issue.status)) throw new Conflict(transitionRefused(issue.status));
      const before = issue.status;
      await apply(issue, em);
      const saved = await em.save(issue);
      await this.audit.record(em, ctx, {
        action: auditAction,
        entityType: 'NewsletterIssue',
        entityId: id,
        before: { status: before },
        after: { status: saved.status, sendAt: saved.sendAt },
      });
      return this.view(saved, em);
    });
  }

  submit(ctx: SignedInContext, id: string) {
    return this.move(ctx, id, 'update', ['draft'], (i) => void (i.status = 'in_review'), 'submit');
  }

  reopen(ctx: SignedInContext, id: string) {
    return this.move(ctx, id, 'update', ['in_review', 'scheduled'], (i) => void (i.status = 'draft'), 'reopen');
  }

  /**
   * Scheduling runs the deliverability check: an error (no list, a non-https link, no unsubscribe link…) refuses it.
   */
  async schedule(ctx: SignedInContext, id: string, sendAt: string) {
    const issue = await this.view(await this.findAllowed(ctx, id, 'send'));
    if (issue.listIds.length) await this.lists.usable(this.db.manager, issue.listIds, 'listIds');
    const errors = (await this.problems(issue)).filter((p) => p.severity === 'error');
    if (errors.length) {
      throw new Conflict(NewsletterError.PreSendCheckFailed, { check: errors.map((p) => p.message) });
    }
    return this.move(
      ctx,
      id,
      'send',
      ['draft', 'in_review'],
      (i) => {
        i.status = 'scheduled';
        i.sendAt = new Date(sendAt);
      },
      'schedule',
    );
  }

  pause(ctx: SignedInContext, id: string) {
    return this.move(ctx, id, 'send', ['sending'], (i) => void (i.status = 'paused'), 'pause');
  }

  resume(ctx: SignedInContext, id: string) {
    return this.move(ctx, id, 'send', ['paused'], (i) => void (i.status = 'sending'), 'resume');
  }

  /**
   * Sends again to the recipients chosen, or to all failed / all uncertain ones. Each row goes back to the queue once
   * (queued again, it is no longer failed nor uncertain: a second click adds nothing), with its attempts reset, and
   * only for people still confirmed on the list it went through: never to one who unsubscribed, bounced or
   * complained since.
   */
  async resend(ctx: SignedInContext, id: string, dto: ResendDto): Promise<ResendResponse> {
    if (!dto.deliveryIds && !dto.status)
      throw ValidationFailed.field('deliveryIds', NewsletterError.ChooseRecipientsToResend);
    return this.db.transaction(async (em) => {
      const issue = await this.findAllowed(ctx, id, 'send', em);
      if (!['sending', 'paused', 'sent'].includes(issue.status)) throw new Conflict(transitionRefused(issue.status));
      const requeued = await many(
        em,
        sql`UPDATE newsletter_deliveries d
            SET status = 'queued', attempts = 0, next_attempt_at = now(), worker_id = NULL
          WHERE d.issue_id = ${id} AND d.status = ANY(${dto.status ? [dto.status] : [...RESENDABLE_STATUSES]})
            ${dto.deliveryIds ? sql`AND d.id = ANY(${dto.deliveryIds}::bigint[])` : sql.empty}
            AND EXISTS (SELECT 1 FROM newsletter_subscribers s
              JOIN newsletter_subscriptions x ON x.subscriber_id = s.id AND x.list_id = d.list_id
              WHERE s.id = d.subscriber_id AND s.status = 'confirmed' AND x.status = 'confirmed')
          RETURNING d.id`,
        { id: col.text },
      );
      const before = issue.status;
      if (requeued.length > 0 && issue.status === 'sent') {
        issue.status = 'sending';
        issue.sentAt = null;
        await em.save(issue);
      }
      await this.audit.record(em, ctx, {
        action: 'resend',
        entityType: 'NewsletterIssue',
        entityId: id,
        before: { status: before },
        after: { status: issue.status, chosen: dto.deliveryIds ?? dto.status, queued: requeued.map((r) => r.id) },
      });
      this.logger.log(`issue ${issue.number}: ${requeued.length} message(s) queued again by hand`);
      return { queued: requeued.length };
    });
  }
}
