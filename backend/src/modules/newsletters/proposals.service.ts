import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { escapeHtml } from '@maillage/emails';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Conflict, Forbidden, NotFound } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { StoredBlock } from './blocks';
import type { ProposalResponse } from './dto/proposal.response';
import type { AcceptProposalDto, CreateProposalDto, DeclineProposalDto, ProposalQuery } from './dto/proposals.dto';
import { IssuesService } from './issues.service';
import { EDITABLE_STATUSES } from './newsletter-issue.entity';
import { NewsletterProposal } from './proposal.entity';
import { NewsletterError } from './newsletters.errors';

/** Items working groups propose for the next issue; the communication team turns them into blocks or declines them. */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly issues: IssuesService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(ctx: RequestContext, q: ProposalQuery): Promise<Page<ProposalResponse>> {
    const qb = this.query(this.db.manager);
    whereAllowed(qb, ctx.ability, 'read', 'NewsletterProposal');
    if (q.status) qb.andWhere('p.status = :status', { status: q.status });
    const total = await qb.getCount();
    return {
      items: await this.views(qb.offset((q.page - 1) * q.pageSize).limit(q.pageSize)),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /** Proposals with who proposed them and the number of the issue they went into. */
  private query(em: EntityManager): SelectQueryBuilder<NewsletterProposal> {
    return (
      em
        .getRepository(NewsletterProposal)
        .createQueryBuilder('p')
        .leftJoin('accounts', 'a', 'a.id = p.proposed_by_id')
        .leftJoin('people', 'pe', 'pe.id = a.person_id')
        .leftJoin('newsletter_issues', 'i', 'i.id = p.issue_id')
        .addSelect(`pe.first_name || ' ' || pe.last_name`, 'proposed_by_name')
        .addSelect('i.number', 'issue_number')
        // The id breaks ties (proposals seeded or imported together): pages never overlap nor skip a row.
        .orderBy('p.created_at', 'DESC')
        .addOrderBy('p.id')
    );
  }

  private async views(qb: SelectQueryBuilder<NewsletterProposal>): Promise<ProposalResponse[]> {
    const { entities, raw } = await qb.getRawAndEntities<{
      proposed_by_name: string | null;
      issue_number: number | null;
    }>();
    return entities.map((e, i) => ({
      ...e,
      proposedByName: raw[i]?.proposed_by_name ?? null,
      issueNumber: raw[i]?.issue_number ?? null,
    }));
  }

  private async view(em: EntityManager, id: string): Promise<ProposalResponse> {
    const [view] = await this.views(this.query(em).andWhere('p.id = :id', { id }));
    return view;
  }

  private async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager,
  ): Promise<NewsletterProposal> {
    const p = await em.findOne(NewsletterProposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!p) throw new NotFound(NewsletterError.ProposalNotFound);
    if (!ctx.ability.can(action, p)) throw new Forbidden();
    if (p.status !== 'pending') throw new Conflict(NewsletterError.ProposalWasAlreadyHandled);
    return p;
  }

  async create(ctx: SignedInContext, dto: CreateProposalDto): Promise<ProposalResponse> {
    return this.db.transaction(async (em) => {
      const values = { ...dto, proposedById: ctx.user.id, status: 'pending' as const };
      if (!ctx.ability.can('create', subject('NewsletterProposal', values))) throw new Forbidden();
      const p = await em.save(em.create(NewsletterProposal, values));
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'NewsletterProposal',
        entityId: p.id,
        after: { title: p.title },
      });
      return this.view(em, p.id);
    });
  }

  /** Appends the item to an issue still being written: an article (with its link) or a free text. */
  async accept(ctx: SignedInContext, id: string, dto: AcceptProposalDto): Promise<ProposalResponse> {
    return this.db.transaction(async (em) => {
      const p = await this.findAllowed(ctx, id, 'update', em);
      const issue = await this.issues.findAllowed(ctx, dto.issueId, 'update', em);
      if (!EDITABLE_STATUSES.includes(issue.status)) {
        throw new Conflict(NewsletterError.IssueCanNoLongerEdited, {
          issueId: [NewsletterError.IssueAlreadyScheduledSent],
        });
      }
      const block: StoredBlock =
        dto.as === 'free_text'
          ? {
              id: randomUUID(),
              type: 'free_text',
              title: p.title,
              html: p.text
                .split(/\n\s*\n/)
                .map((para) => `<p>${escapeHtml(para.trim())}</p>`)
                .join(''),
            }
          : {
              id: randomUUID(),
              type: 'article',
              title: p.title,
              text: p.text,
              linkUrl: p.linkUrl,
              linkLabel: null,
              imageUrl: null,
              imageAlt: null,
            };
      issue.blocks = [...issue.blocks, block];
      await em.save(issue);
      Object.assign(p, { status: 'accepted', decidedById: ctx.user.id, decidedAt: new Date(), issueId: issue.id });
      if (!ctx.ability.can('update', subject('NewsletterProposal', { ...p }))) throw new Forbidden();
      await em.save(p);
      await this.audit.record(em, ctx, {
        action: 'accept',
        entityType: 'NewsletterProposal',
        entityId: id,
        after: { issueNumber: issue.number },
      });
      await this.notifications.notify(em, ctx, {
        kind: 'proposal_accepted',
        to: { accounts: [p.proposedById] },
        params: { subject: p.title },
        link: '/newsletters/proposals',
      });
      return this.view(em, id);
    });
  }

  async decline(ctx: SignedInContext, id: string, dto: DeclineProposalDto): Promise<ProposalResponse> {
    return this.db.transaction(async (em) => {
      const p = await this.findAllowed(ctx, id, 'update', em);
      Object.assign(p, {
        status: 'declined',
        decidedById: ctx.user.id,
        decidedAt: new Date(),
        decisionNote: dto.note ?? null,
      });
      if (!ctx.ability.can('update', subject('NewsletterProposal', { ...p }))) throw new Forbidden();
      const saved = await em.save(p);
      await this.audit.record(em, ctx, {
        action: 'decline',
        entityType: 'NewsletterProposal',
        entityId: id,
        after: { note: saved.decisionNote },
      });
      await this.notifications.notify(em, ctx, {
        kind: 'proposal_declined',
        to: { accounts: [p.proposedById] },
        params: { subject: p.title, ...(saved.decisionNote ? { reason: saved.decisionNote } : {}) },
        link: '/newsletters/proposals',
      });
      return this.view(em, id);
    });
  }
}
