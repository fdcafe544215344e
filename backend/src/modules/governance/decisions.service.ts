import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { unknownLinks } from '../../permissions/known-links';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { Person } from '../people/person.entity';
import { Decision } from './decision.entity';
import type { CreateDecisionDto, DecisionExportQuery, DecisionQuery } from './dto/decision.dto';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import { DECISIONS_EXPORT } from './decision-export';
import type { DecisionDetailResponse, DecisionResponse } from './dto/decision.response';
import { Meeting } from './meeting.entity';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { GovernanceError } from './governance.errors';

/** Whether the reader reads COPIL-only decisions too: counts shown beside other records follow it. */
export const readsEveryDecision = (ctx: RequestContext) =>
  ctx.ability.can('read', subject('Decision', { visibility: 'copil' }));

const SORT_COLUMNS = { decidedOn: 'd.decided_on', number: 'd.number', title: 'd.title' };

@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Decisions with what the log shows of them; counts of amendments only of those the reader may read. */
  private query(ctx: RequestContext, em: EntityManager = this.db.manager) {
    return em
      .getRepository(Decision)
      .createQueryBuilder('d')
      .leftJoin('d.proposedBy', 'p')
      .leftJoin('d.meeting', 'm')
      .leftJoin('d.amends', 'a')
      .addSelect(`p.first_name || ' ' || p.last_name`, 'proposed_by_name')
      .addSelect('m.title', 'meeting_title')
      .addSelect('m.starts_at', 'meeting_starts_at')
      .addSelect('a.number', 'amends_number')
      .addSelect(
        `(SELECT count(*)::int FROM decisions x WHERE x.amends_decision_id = d.id AND (x.visibility = 'public' OR :everyDecision))`,
        'amendment_count',
      )
      .setParameter('everyDecision', readsEveryDecision(ctx));
  }

  private async views(qb: ReturnType<DecisionsService['query']>): Promise<DecisionResponse[]> {
    const { entities, raw } = await qb.getRawAndEntities<{
      proposed_by_name: string | null;
      meeting_title: string | null;
      meeting_starts_at: Date | null;
      amends_number: number | null;
      amendment_count: number;
    }>();
    return entities.map(({ recordedById: _by, ...d }, i) => ({
      ...d,
      proposedByName: raw[i].proposed_by_name ?? null,
      meetingTitle: raw[i].meeting_title ?? null,
      meetingStartsAt: raw[i].meeting_starts_at ?? null,
      amendsNumber: raw[i].amends_number ?? null,
      amendmentCount: raw[i].amendment_count,
    }));
  }

  /** The decisions log: searchable by words (title and proposal), dates, meeting, working group, outcome, method. */
  async list(ctx: RequestContext, q: DecisionQuery): Promise<Page<DecisionResponse>> {
    const qb = this.filtered(ctx, q);
    const total = await qb.getCount();
    const items = await this.views(
      qb
        .clone()
        .offset((q.page - 1) * q.pageSize)
        .limit(q.pageSize),
    );
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** Every decision the list would show (all its pages), in its order: CSV. */
  export(ctx: RequestContext, q: DecisionExportQuery): ExportFile {
    const qb = this.filtered(ctx, q);
    return writeExport(
      DECISIONS_EXPORT,
      inBatches((offset, limit) => this.views(qb.clone().offset(offset).limit(limit))),
      ctx.locale,
      q.format,
    );
  }

  /** The decisions the reader may read that the list's filters keep, in its order. */
  private filtered(ctx: RequestContext, q: Omit<DecisionQuery, 'page' | 'pageSize'>) {
    const qb = this.query(ctx);
    whereAllowed(qb, ctx.ability, 'read', 'Decision');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) => w.where('lower(d.title) LIKE :like', { like }).orWhere('lower(d.proposal) LIKE :like')),
      );
    }
    if (q.from) qb.andWhere('d.decided_on >= :from', { from: q.from });
    if (q.to) qb.andWhere('d.decided_on <= :to', { to: q.to });
    if (q.meetingId) qb.andWhere('d.meeting_id = :meetingId', { meetingId: q.meetingId });
    if (q.workingGroupId) qb.andWhere('d.working_group_id = :groupId', { groupId: q.workingGroupId });
    if (q.outcome) qb.andWhere('d.outcome = :outcome', { outcome: q.outcome });
    if (q.method) qb.andWhere('d.method = :method', { method: q.method });
    if (q.visibility) qb.andWhere('d.visibility = :visibility', { visibility: q.visibility });
    return qb
      .orderBy(SORT_COLUMNS[q.sort], q.order === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('d.number', q.order === 'asc' ? 'ASC' : 'DESC');
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<DecisionDetailResponse> {
    const [decision] = await this.views(this.query(ctx, em).where('d.id = :id', { id }));
    if (!decision) throw new NotFound(GovernanceError.DecisionNotFound);
    if (!ctx.ability.can('read', Object.assign(new Decision(), decision)))
      throw new NotFound(GovernanceError.DecisionNotFound);
    // A public decision's COPIL-only amendments stay with those who read them.
    const amendments = await this.views(
      whereAllowed(
        this.query(ctx, em).where('d.amends_decision_id = :id', { id }),
        ctx.ability,
        'read',
        'Decision',
      ).orderBy('d.number'),
    );
    const strategyActions = await many(
      em,
      sql`SELECT s.id, s.title FROM strategy_action_decisions l JOIN strategy_actions s ON s.id = l.strategy_action_id
          WHERE l.decision_id = ${id} ORDER BY s.title`,
      { id: col.uuid, title: col.text },
    );
    return { ...decision, amendments, strategyActions };
  }

  async create(ctx: SignedInContext, dto: CreateDecisionDto): Promise<DecisionDetailResponse> {
    return this.db.transaction((em) => this.record(em, ctx, dto, null));
  }

  /**
   * Records an amendment: a new decision linked to the one it amends. An amendment of an amendment is attached to
   * the original, so the log reads as one decision followed by its amendments in order.
   */
  async amend(ctx: SignedInContext, id: string, dto: CreateDecisionDto): Promise<DecisionDetailResponse> {
    return this.db.transaction(async (em) => {
      const target = await em.findOne(Decision, { where: { id }, lock: { mode: 'pessimistic_read' } });
      if (!target) throw new NotFound(GovernanceError.DecisionNotFound);
      return this.record(em, ctx, dto, target.amendsDecisionId ?? target.id);
    });
  }

  private async record(
    em: EntityManager,
    ctx: SignedInContext,
    dto: CreateDecisionDto,
    amendsDecisionId: string | null,
  ): Promise<DecisionDetailResponse> {
    const decision = em.create(Decision, {
      ...dto,
      votesFor: dto.votesFor ?? null,
      votesAgainst: dto.votesAgainst ?? null,
      votesAbstain: dto.votesAbstain ?? null,
      visibility: dto.visibility ?? 'copil',
      amendsDecisionId,
      recordedById: ctx.user.id,
    });
    if (!ctx.ability.can('create', decision)) throw new Forbidden();
    await checkDecision(em, dto);
    await em.save(decision);
    await this.audit.record(em, ctx, {
      action: amendsDecisionId ? 'amend' : 'create',
      entityType: 'Decision',
      entityId: decision.id,
      after: decision,
    });
    return this.get(ctx, decision.id, em);
  }
}

async function checkDecision(em: EntityManager, dto: CreateDecisionDto): Promise<void> {
  const fields = await unknownLinks(em, { workingGroupId: ['working_groups', dto.workingGroupId] });
  for (const key of ['votesFor', 'votesAgainst', 'votesAbstain'] as const) {
    const given = dto[key] !== undefined && dto[key] !== null;
    if (dto.method === 'vote' && !given) fields[key] = [GovernanceError.RequiredVote];
    if (dto.method !== 'vote' && given) fields[key] = [GovernanceError.OnlyVote];
  }
  if (dto.meetingId && !(await em.exists(Meeting, { where: { id: dto.meetingId } }))) {
    fields.meetingId = [GovernanceError.UnknownMeeting];
  }
  if (dto.proposedByPersonId && !(await em.exists<Person>('Person', { where: { id: dto.proposedByPersonId } }))) {
    fields.proposedByPersonId = [GovernanceError.UnknownPerson];
  }
  if (Object.keys(fields).length) throw new ValidationFailed(fields);
}
