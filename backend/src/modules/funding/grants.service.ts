import { centsFrom } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { unreadableLinks } from '../../permissions/known-links';
import { linksOf, setLinks } from '../../common/link-table';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import { GRANTS_EXPORT } from './grant-export';
import { sequentially } from './sequentially';
import type {
  ChangeGrantStatusDto,
  CreateGrantDto,
  GrantExportQuery,
  GrantQuery,
  UpdateGrantDto,
} from './dto/grant.dto';
import { Funder } from './funder.entity';
import { FundingAlertsService } from './funding-alerts.service';
import { parisToday } from './funding-dates';
import { GRANT_STATUSES, isProductAccount } from './funding-types';
import { grantFigures, isDeliverableOverdue, isOverdue } from './grant-figures';
import {
  checkInstalmentsFit,
  checkPeriod,
  checkStatusChange,
  notInFuture,
  rejectNulls,
  requireActive,
} from './grant-rules';
import type { GrantDetailResponse, GrantPageResponse } from './dto/grant.response';
import type { GrantAmounts, PublishedGrant } from './grant-views';
import { GrantBudgetLine } from './grant-budget-line.entity';
import { GrantDocument } from './grant-document.entity';
import { GrantDeliverable, GrantIndicator } from './grant-content.entity';
import { GRANT_ACTIONS, GRANT_GROUPS } from './grant-links.entity';
import { GrantInstalment } from './grant-instalment.entity';
import { GrantReport } from './grant-report.entity';
import { GrantStatusChange } from './grant-status-change.entity';
import { Grant } from './grant.entity';
import { InKindContributions } from './in-kind-contributions';
import { many, maybeOne, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { FundingError } from './funding.errors';
import { msg } from '../../common/error-catalogue';

/** What other domains (splits) need to ask for grants, re-exported from the service (docs/layering.md). */
export { GrantQuery } from './dto/grant.dto';
export { ACTIVE_STATUSES, type GrantStatus } from './funding-types';
export type { PublishedGrant } from './grant-views';

const SORT_COLUMNS: Record<GrantQuery['sort'], string> = {
  title: 'g.title',
  funderName: 'f.name',
  status: 'g.status',
  amountRequestedCents: 'g.amount_requested_cents',
  amountGrantedCents: 'g.amount_granted_cents',
  applicationDeadline: 'g.application_deadline',
  startsOn: 'g.starts_on',
  statusChangedOn: 'g.status_changed_on',
  createdAt: 'g.created_at',
};

/** Per-grant sums, as SQL subqueries on the grant alias `g` (one row per grant, no fan-out). */
const FIGURE_COLUMNS = {
  receivedCents: '(SELECT coalesce(sum(i.received_cents), 0) FROM grant_instalments i WHERE i.grant_id = g.id)',
  toComeCents:
    '(SELECT coalesce(sum(i.expected_cents), 0) FROM grant_instalments i WHERE i.grant_id = g.id AND i.received_on IS NULL)',
  overdueInstalments:
    '(SELECT count(*)::int FROM grant_instalments i WHERE i.grant_id = g.id AND i.received_on IS NULL AND i.expected_on < :today)',
  // Charges only (accounts 60–68): a product line (70–78) is a resource, not spending.
  plannedCents: `(SELECT coalesce(sum(l.planned_cents), 0) FROM grant_budget_lines l WHERE l.grant_id = g.id AND l.account < '70')`,
  spentCents: `(SELECT coalesce(sum(e.amount_cents), 0) FROM grant_expenses e JOIN grant_budget_lines l ON l.id = e.budget_line_id
    WHERE e.grant_id = g.id AND l.account < '70')`,
};

@Injectable()
export class GrantsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly alerts: FundingAlertsService,
    private readonly inKind: InKindContributions,
  ) {}

  private filtered(ctx: RequestContext, q: Omit<GrantQuery, 'page' | 'pageSize'>) {
    const qb = this.db.getRepository(Grant).createQueryBuilder('g').innerJoin('g.funder', 'f');
    whereAllowed(qb, ctx.ability, 'read', 'Grant');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('lower(g.title) LIKE :like', { like })
            .orWhere('lower(g.reference) LIKE :like')
            .orWhere('lower(f.name) LIKE :like'),
        ),
      );
    }
    if (q.status) qb.andWhere('g.status = :status', { status: q.status });
    if (q.funderId) qb.andWhere('g.funder_id = :funderId', { funderId: q.funderId });
    return qb;
  }

  /**
   * The pipeline: grants with their money figures, and totals over every grant the filters keep (not just the page).
   */
  async list(ctx: RequestContext, q: GrantQuery): Promise<GrantPageResponse> {
    const [sums] = await this.filtered(ctx, q)
      .select('count(*)::int', 'total')
      .addSelect('coalesce(sum(g.amount_requested_cents), 0)', 'requestedCents')
      .addSelect(
        `coalesce(sum(g.amount_granted_cents) FILTER (WHERE g.status IN ('granted', 'closed')), 0)`,
        'grantedCents',
      )
      .addSelect(`coalesce(sum(${FIGURE_COLUMNS.receivedCents}), 0)`, 'receivedCents')
      .addSelect(`coalesce(sum(${FIGURE_COLUMNS.toComeCents}), 0)`, 'toComeCents')
      .getRawMany<
        { total: number } & Record<'requestedCents' | 'grantedCents' | 'receivedCents' | 'toComeCents', string>
      >();
    const items = await this.rows(ctx, q, (q.page - 1) * q.pageSize, q.pageSize);
    return {
      items,
      total: sums.total,
      page: q.page,
      pageSize: q.pageSize,
      totals: {
        requestedCents: centsFrom(sums.requestedCents),
        grantedCents: centsFrom(sums.grantedCents),
        receivedCents: centsFrom(sums.receivedCents),
        toComeCents: centsFrom(sums.toComeCents),
      },
    };
  }

  /** Every grant the list would show (all its pages), with its figures: CSV or xlsx. */
  export(ctx: RequestContext, q: GrantExportQuery): ExportFile {
    return writeExport(
      GRANTS_EXPORT,
      inBatches((offset, limit) => this.rows(ctx, q, offset, limit)),
      ctx.locale,
      q.format,
    );
  }

  /** A page of the list: the grants, their funder, links and figures. */
  private async rows(ctx: RequestContext, q: Omit<GrantQuery, 'page' | 'pageSize'>, offset: number, limit: number) {
    const qb = this.filtered(ctx, q).addSelect(['f.name', 'f.kind']);
    for (const [alias, sql] of Object.entries(FIGURE_COLUMNS)) qb.addSelect(sql, alias);
    const { entities, raw } = await qb
      .setParameter('today', parisToday())
      .orderBy(SORT_COLUMNS[q.sort], q.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('g.id')
      .offset(offset)
      .limit(limit)
      .getRawAndEntities<
        { f_name: string; f_kind: Funder['kind']; overdueInstalments: number } & Record<
          'receivedCents' | 'toComeCents' | 'plannedCents' | 'spentCents',
          string
        >
      >();
    const links = await this.links(entities.map((g) => g.id));
    return entities.map((g, i) => ({
      ...g,
      ...links(g.id),
      funderName: raw[i].f_name,
      funderKind: raw[i].f_kind,
      receivedCents: centsFrom(raw[i].receivedCents),
      toComeCents: centsFrom(raw[i].toComeCents),
      overdueInstalments: raw[i].overdueInstalments,
      plannedCents: centsFrom(raw[i].plannedCents),
      spentCents: centsFrom(raw[i].spentCents),
    }));
  }

  /** Loads a grant the caller may act on (locked for writing unless read): 404 if missing, 403 if the rules say no. */
  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<Grant> {
    const grant = await em.findOne(Grant, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!grant) throw new NotFound(FundingError.GrantNotFound);
    if (!ctx.ability.can(action, grant)) throw new Forbidden();
    return grant;
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<GrantDetailResponse> {
    const grant = await this.findAllowed(ctx, id, 'read', em);
    const today = parisToday();
    const [funder, history, instalments, lines, spent, reports, documents, deliverables, indicators, inKind, alerts] =
      await sequentially(
        () => em.findOneByOrFail(Funder, { id: grant.funderId }),
        () => em.find(GrantStatusChange, { where: { grantId: id }, order: { changedOn: 'ASC', createdAt: 'ASC' } }),
        () => em.find(GrantInstalment, { where: { grantId: id }, order: { expectedOn: 'ASC', createdAt: 'ASC' } }),
        () => em.find(GrantBudgetLine, { where: { grantId: id }, order: { createdAt: 'ASC' } }),
        () =>
          many(
            em,
            sql`SELECT budget_line_id AS id, sum(amount_cents)::bigint AS total FROM grant_expenses WHERE grant_id = ${id} GROUP BY budget_line_id`,
            { id: col.uuid, total: col.cents },
          ),
        () => em.find(GrantReport, { where: { grantId: id }, order: { dueOn: 'ASC' } }),
        () => em.find(GrantDocument, { where: { grantId: id }, order: { createdAt: 'ASC' } }),
        () => em.find(GrantDeliverable, { where: { grantId: id }, order: { dueOn: 'ASC', createdAt: 'ASC' } }),
        () => em.find(GrantIndicator, { where: { grantId: id }, order: { createdAt: 'ASC' } }),
        () => this.inKind.validatedByGrant([id], em),
        () => this.alerts.list(id, em),
      );
    const spentByLine = new Map(spent.map((s) => [s.id, s.total]));
    const budgetLines = lines.map((l) => ({ ...l, spentCents: spentByLine.get(l.id) ?? 0 }));
    return {
      ...grant,
      ...(await this.links([id], em))(id),
      funder: { id: funder.id, name: funder.name, kind: funder.kind },
      figures: grantFigures(
        grant,
        instalments,
        budgetLines.filter((l) => !isProductAccount(l.account)),
        inKind.get(id) ?? 0,
        today,
      ),
      history,
      instalments: instalments.map((i) => ({ ...i, overdue: isOverdue(i, today) })),
      budgetLines,
      reports: reports.map((r) => ({ ...r, overdue: r.status === 'due' && r.dueOn < today })),
      documents,
      deliverables: deliverables.map((d) => ({ ...d, overdue: isDeliverableOverdue(d, today) })),
      indicators,
      alerts,
    };
  }

  /** Shows or hides a granted grant on the public transparency page (the coordinator's choice). */
  async setPublished(ctx: SignedInContext, id: string, published: boolean): Promise<GrantDetailResponse> {
    return this.db.transaction(async (em) => {
      const grant = await this.findAllowed(ctx, id, 'publish', em);
      requireActive(grant, FundingError.GrantCanPublished);
      const before = { ...grant };
      await em.save(Object.assign(grant, { published }));
      await this.audit.recordUpdate(em, ctx, 'Grant', id, before, grant);
      return this.get(ctx, id, em);
    });
  }

  /**
   * For the public transparency page: the granted grants the coordinator published, with what was received, and the
   * funder's name unless the funder is a private person.
   */
  async published(em: EntityManager = this.db.manager): Promise<PublishedGrant[]> {
    return many(
      em,
      sql`SELECT g.id, g.title, CASE WHEN f.kind = 'individual' THEN NULL ELSE f.name END AS "funderName",
                 extract(year FROM coalesce(g.granted_on, g.starts_on, g.status_changed_on))::int AS year,
                 g.amount_granted_cents AS "amountGrantedCents",
                 (SELECT coalesce(sum(i.received_cents), 0) FROM grant_instalments i WHERE i.grant_id = g.id)
                   AS "receivedCents"
            FROM grants g JOIN funders f ON f.id = g.funder_id
           WHERE g.published AND g.status IN ('granted', 'closed') AND g.amount_granted_cents IS NOT NULL
           ORDER BY year DESC, g.title, g.id`,
      {
        id: col.uuid,
        title: col.text,
        funderName: col.text.nullable,
        year: col.int,
        amountGrantedCents: col.cents,
        receivedCents: col.cents,
      },
    );
  }

  /** For other modules (the trail): of the grants given, those the caller may read (filtered in SQL), in order. */
  async readableIds(ctx: RequestContext, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const qb = this.db
      .getRepository(Grant)
      .createQueryBuilder('g')
      .select('g.id', 'id')
      .where('g.id IN (:...ids)', { ids });
    const rows = await whereAllowed(qb, ctx.ability, 'read', 'Grant').getRawMany<{ id: string }>();
    const readable = new Set(rows.map((r) => r.id));
    return ids.filter((id) => readable.has(id));
  }

  /** The working groups and strategy actions each grant finances, as the grant lists them. */
  private async links(ids: string[], em: EntityManager = this.db.manager) {
    const groups = await linksOf(em, GRANT_GROUPS, ids);
    const actions = await linksOf(em, GRANT_ACTIONS, ids);
    return (id: string) => ({ workingGroupIds: groups.get(id)!, strategyActionIds: actions.get(id)! });
  }

  /** Replaces the groups and actions given (a list left out stays); each must exist and be readable by the caller. */
  private async setLinks(
    em: EntityManager,
    ctx: SignedInContext,
    id: string,
    dto: Pick<CreateGrantDto, 'workingGroupIds' | 'strategyActionIds'>,
  ) {
    const { workingGroupIds, strategyActionIds } = dto;
    const unknown = await unreadableLinks(em, ctx.ability, {
      workingGroupIds: ['WorkingGroup', workingGroupIds],
      strategyActionIds: ['StrategyAction', strategyActionIds],
    });
    if (Object.keys(unknown).length) throw new ValidationFailed(unknown);
    if (workingGroupIds) await setLinks(em, GRANT_GROUPS, id, workingGroupIds);
    if (strategyActionIds) await setLinks(em, GRANT_ACTIONS, id, strategyActionIds);
  }

  /** For other modules (fund splits): a grant's money by id. The caller has checked its own permissions. */
  async amounts(id: string, em: EntityManager = this.db.manager): Promise<GrantAmounts> {
    const row = await maybeOne(
      em,
      sql`SELECT g.id, g.title, f.name AS "funderName", g.status, to_char(g.starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(g.ends_on, 'YYYY-MM-DD') AS "endsOn", g.amount_requested_cents AS "amountRequestedCents",
              g.amount_granted_cents AS "amountGrantedCents",
              (SELECT coalesce(sum(i.received_cents), 0) FROM grant_instalments i WHERE i.grant_id = g.id) AS "receivedCents"
       FROM grants g JOIN funders f ON f.id = g.funder_id WHERE g.id = ${id}`,
      {
        id: col.uuid,
        title: col.text,
        funderName: col.text,
        status: col.oneOf(GRANT_STATUSES),
        startsOn: col.day.nullable,
        endsOn: col.day.nullable,
        amountRequestedCents: col.cents,
        amountGrantedCents: col.cents.nullable,
        receivedCents: col.cents,
      },
    );
    if (!row) throw new NotFound(FundingError.GrantNotFound);
    return row;
  }

  async create(ctx: SignedInContext, dto: CreateGrantDto): Promise<GrantDetailResponse> {
    const today = parisToday();
    const { status = 'prospect', statusOn = today, workingGroupIds = [], strategyActionIds = [], ...fields } = dto;
    checkPeriod(fields.startsOn ?? null, fields.endsOn ?? null);
    notInFuture('statusOn', statusOn, today);
    notInFuture('agreementSignedOn', fields.agreementSignedOn, today);
    if (status === 'granted' && (fields.amountGrantedCents === undefined || fields.amountGrantedCents === null)) {
      throw ValidationFailed.field('amountGrantedCents', FundingError.GiveAmountGranted);
    }
    return this.db.transaction(async (em) => {
      await this.checkFunder(em, fields.funderId);
      const grant = em.create(Grant, {
        ...fields,
        status,
        statusChangedOn: statusOn,
        grantedOn: status === 'granted' ? statusOn : null,
      });
      if (!ctx.ability.can('create', grant)) throw new Forbidden();
      await em.save(grant);
      await em.insert(GrantStatusChange, {
        grantId: grant.id,
        fromStatus: null,
        status,
        changedOn: statusOn,
        actorId: ctx.user.id,
      });
      await this.setLinks(em, ctx, grant.id, { workingGroupIds, strategyActionIds });
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'Grant',
        entityId: grant.id,
        after: { ...grant, workingGroupIds, strategyActionIds },
      });
      return this.get(ctx, grant.id, em);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateGrantDto): Promise<GrantDetailResponse> {
    rejectNulls(dto, [
      'funderId',
      'title',
      'amountRequestedCents',
      'ownFundsCents',
      'currency',
      'workingGroupIds',
      'strategyActionIds',
    ]);
    notInFuture('agreementSignedOn', dto.agreementSignedOn, parisToday());
    return this.db.transaction(async (em) => {
      const grant = await this.findAllowed(ctx, id, 'update', em);
      const { workingGroupIds, strategyActionIds, ...changes } = dto;
      const next = { ...grant, ...changes };
      if (!ctx.ability.can('update', Object.assign(new Grant(), next))) throw new Forbidden();
      checkPeriod(next.startsOn, next.endsOn);
      if (dto.funderId && dto.funderId !== grant.funderId) await this.checkFunder(em, dto.funderId);
      if (dto.amountGrantedCents !== undefined) {
        if (next.amountGrantedCents === null && next.grantedOn)
          throw ValidationFailed.field('amountGrantedCents', FundingError.GiveAmountGranted);
        checkInstalmentsFit(await this.scheduledCents(em, id), next.amountGrantedCents, 'amountGrantedCents');
      }
      if (dto.startsOn !== undefined || dto.endsOn !== undefined)
        await this.checkExpensesWithin(em, id, next.startsOn, next.endsOn);
      const links = (await this.links([id], em))(id);
      const before = { ...grant, ...links };
      const saved = await em.save(Object.assign(grant, changes));
      await this.setLinks(em, ctx, id, { workingGroupIds, strategyActionIds });
      await this.audit.recordUpdate(em, ctx, 'Grant', id, before, {
        ...saved,
        ...links,
        ...(workingGroupIds && { workingGroupIds }),
        ...(strategyActionIds && { strategyActionIds }),
      });
      return this.get(ctx, id, em);
    });
  }

  /** Moves a grant along its life (see STATUS_TRANSITIONS), on a given day, keeping the history. */
  async changeStatus(ctx: SignedInContext, id: string, dto: ChangeGrantStatusDto): Promise<GrantDetailResponse> {
    const today = parisToday();
    const on = dto.on ?? today;
    return this.db.transaction(async (em) => {
      const grant = await this.findAllowed(ctx, id, 'update', em);
      checkStatusChange(grant.status, dto.status, on, grant.statusChangedOn, today);
      const before = { ...grant };
      if (dto.amountGrantedCents !== undefined) {
        grant.amountGrantedCents = dto.amountGrantedCents;
        checkInstalmentsFit(await this.scheduledCents(em, id), grant.amountGrantedCents, 'amountGrantedCents');
      }
      if (dto.status === 'granted') {
        if (grant.amountGrantedCents === null)
          throw ValidationFailed.field('amountGrantedCents', FundingError.GiveAmountGranted);
        grant.grantedOn = on;
      }
      await em.insert(GrantStatusChange, {
        grantId: id,
        fromStatus: grant.status,
        status: dto.status,
        changedOn: on,
        note: dto.note ?? null,
        actorId: ctx.user.id,
      });
      grant.status = dto.status;
      grant.statusChangedOn = on;
      const saved = await em.save(grant);
      await this.audit.record(em, ctx, {
        action: 'status_change',
        entityType: 'Grant',
        entityId: id,
        before: { status: before.status },
        after: { status: saved.status, on, note: dto.note ?? null },
      });
      await this.audit.recordUpdate(
        em,
        ctx,
        'Grant',
        id,
        { amountGrantedCents: before.amountGrantedCents },
        { amountGrantedCents: saved.amountGrantedCents },
      );
      return this.get(ctx, id, em);
    });
  }

  /** What the grant's instalments expect, received or not. */
  async scheduledCents(em: EntityManager, grantId: string, exceptInstalmentId: string | null = null): Promise<number> {
    const { total } = await one(
      em,
      sql`SELECT coalesce(sum(expected_cents), 0)::bigint AS total FROM grant_instalments
          WHERE grant_id = ${grantId} AND (${exceptInstalmentId}::uuid IS NULL OR id <> ${exceptInstalmentId})`,
      { total: col.cents },
    );
    return total;
  }

  private async checkFunder(em: EntityManager, funderId: string): Promise<void> {
    const funder = await em.findOneBy(Funder, { id: funderId });
    if (!funder) throw ValidationFailed.field('funderId', FundingError.UnknownFunder);
    if (funder.archivedAt) throw ValidationFailed.field('funderId', FundingError.FunderArchived);
  }

  private async checkExpensesWithin(
    em: EntityManager,
    grantId: string,
    startsOn: string | null,
    endsOn: string | null,
  ): Promise<void> {
    const { before, after } = await one(
      em,
      sql`SELECT count(*) FILTER (WHERE spent_on < ${startsOn ?? '-infinity'}::date)::int AS before,
                 count(*) FILTER (WHERE spent_on > ${endsOn ?? 'infinity'}::date)::int AS after
       FROM grant_expenses WHERE grant_id = ${grantId}`,
      { before: col.int, after: col.int },
    );
    if (before + after === 0) return;
    const n = before || after;
    throw ValidationFailed.field(before ? 'startsOn' : 'endsOn', msg(FundingError.SpendingOutsidePeriod, { n }));
  }
}
