import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed, type FieldErrors } from '../../common/errors';
import { unknownLinks } from '../../permissions/known-links';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import { MISSIONS_EXPORT } from './mission-export';
import { NETWORK_TIME_ENTRIES_EXPORT, TIME_ENTRIES_EXPORT } from './time-entry-export';
import type { GrantBudgetLine } from '../funding/grant-budget-line.entity';
import type { Person } from '../people/person.entity';
import type {
  CreateMissionDto,
  CreateTimeEntryDto,
  MissionExportQuery,
  MissionQuery,
  TimeEntryExportQuery,
  TimeEntryQuery,
  UpdateMissionDto,
  UpdateTimeEntryDto,
} from './dto/mission.dto';
import type { MissionDetailResponse, MissionResponse, TimeEntryResponse } from './dto/mission.response';
import { budgetSummary, type BudgetSummary, type MonthUsage } from './mission-budget';
import { Mission } from './mission.entity';
import { TimeEntry } from './time-entry.entity';
import { many, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { ContractorError } from './contractors.errors';
import { msg } from '../../common/error-catalogue';

/** Valued time of the missions paid by a budget line, for one month: what the funding module books as spent. */
export interface BudgetLineSpending {
  budgetLineId: string;
  month: string;
  days: number;
  cents: number;
}

const SORT_COLUMNS = { startsOn: 'm.starts_on', endsOn: 'm.ends_on', title: 'm.title' };
/** Days of an entry: as logged, or its hours over the mission's hours per day (SQL numeric: exact). */
const DAYS_SQL = sql.trusted(`CASE WHEN t.unit = 'day' THEN t.quantity ELSE t.quantity / m.hours_per_day END`);

@Injectable()
export class ContractorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, q: MissionQuery): Promise<Page<MissionResponse>> {
    const qb = this.filtered(ctx, q);
    const total = await qb.getCount();
    const items = await this.rows(qb, q, (q.page - 1) * q.pageSize, q.pageSize);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * Every mission the list would show (all its pages), in its order: CSV. The rate and the money derived from it
   * are columns only for those who may read them (not the COPIL).
   */
  export(ctx: RequestContext, q: MissionExportQuery): ExportFile {
    const qb = this.filtered(ctx, q);
    return writeExport(
      MISSIONS_EXPORT,
      inBatches((offset, limit) => this.rows(qb, q, offset, limit)),
      ctx.locale,
      q.format,
      (field) => ctx.ability.can('read', 'Mission', field),
    );
  }

  /** The missions the reader may read that the list's filters keep. */
  private filtered(ctx: RequestContext, q: Omit<MissionQuery, 'page' | 'pageSize'>) {
    const qb = this.db
      .getRepository(Mission)
      .createQueryBuilder('m')
      .leftJoin('m.contractor', 'c')
      .addSelect(`c.first_name || ' ' || c.last_name`, 'contractor_name');
    whereAllowed(qb, ctx.ability, 'read', 'Mission');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('lower(m.title) LIKE :like', { like })
            .orWhere('lower(m.company) LIKE :like')
            .orWhere(`lower(c.first_name || ' ' || c.last_name) LIKE :like`),
        ),
      );
    }
    if (q.contractorPersonId) qb.andWhere('m.contractor_person_id = :person', { person: q.contractorPersonId });
    if (q.active) qb.andWhere(`(now() AT TIME ZONE '${DISPLAY_TIME_ZONE}')::date BETWEEN m.starts_on AND m.ends_on`);
    return qb;
  }

  /** A page of the filtered missions in the list's order, with their budget figures. */
  private async rows(
    filtered: SelectQueryBuilder<Mission>,
    q: Pick<MissionQuery, 'sort' | 'order'>,
    offset: number,
    limit: number,
  ): Promise<MissionResponse[]> {
    const qb = filtered
      .clone()
      .orderBy(SORT_COLUMNS[q.sort], q.order === 'desc' ? 'DESC' : 'ASC')
      .addOrderBy('m.id')
      .offset(offset)
      .limit(limit);
    const { entities, raw } = await qb.getRawAndEntities<{ contractor_name: string }>();
    const usage = await this.usage(entities.map((m) => m.id));
    return entities.map((m, i) => view(m, raw[i].contractor_name, budgetSummary(m, usage.get(m.id) ?? [])));
  }

  private async findMission(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<Mission> {
    const mission = await em.findOne(Mission, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    // Another contractor's mission does not exist for a contractor: no hint that it does.
    if (!mission || !ctx.ability.can('read', mission)) throw new NotFound(ContractorError.MissionNotFound);
    if (!ctx.ability.can(action, mission)) throw new Forbidden();
    return mission;
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<MissionDetailResponse> {
    const mission = await this.findMission(ctx, id, 'read', em);
    const person = await em.findOneByOrFail<Person>('Person', { id: mission.contractorPersonId });
    const usage = await this.usage([id], em);
    const { months, ...budget } = budgetSummary(mission, usage.get(id) ?? []);
    return {
      ...view(mission, `${person.firstName} ${person.lastName}`, budget),
      jobDescription: mission.jobDescription,
      months: months.map(({ month, budgetedDays, usedDays, overBudget }) => ({
        month,
        budgetedDays,
        usedDays,
        overBudget,
      })),
      monthsCents: months.map(({ month, budgetedCents, usedCents }) => ({ month, budgetedCents, usedCents })),
    };
  }

  /** Days and valued time used per mission and month, summed in SQL (numeric, then cents rounded once per month). */
  private async usage(missionIds: string[], em: EntityManager = this.db.manager): Promise<Map<string, MonthUsage[]>> {
    const out = new Map<string, MonthUsage[]>();
    if (missionIds.length === 0) return out;
    const rows = await many(
      em,
      sql`SELECT t.mission_id AS "missionId", to_char(t.worked_on, 'YYYY-MM') AS month, sum(${DAYS_SQL}) AS "usedDays",
              round(sum(${DAYS_SQL}) * m.daily_rate_cents) AS "usedCents"
       FROM time_entries t JOIN missions m ON m.id = t.mission_id
       WHERE t.mission_id = ANY(${missionIds}::uuid[]) GROUP BY t.mission_id, month, m.daily_rate_cents ORDER BY month`,
      { missionId: col.uuid, month: col.text, usedDays: col.number, usedCents: col.cents },
    );
    for (const { missionId, ...usage } of rows) {
      const list = out.get(missionId) ?? [];
      list.push(usage);
      out.set(missionId, list);
    }
    return out;
  }

  async create(ctx: SignedInContext, dto: CreateMissionDto): Promise<MissionDetailResponse> {
    return this.db.transaction(async (em) => {
      const mission = em.create(Mission, dto);
      if (!ctx.ability.can('create', mission)) throw new Forbidden();
      await checkMission(em, dto);
      await em.save(mission);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'Mission',
        entityId: mission.id,
        after: mission,
      });
      return this.get(ctx, mission.id, em);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateMissionDto): Promise<MissionDetailResponse> {
    return this.db.transaction(async (em) => {
      const mission = await this.findMission(ctx, id, 'update', em);
      const before = { ...mission };
      Object.assign(mission, dto);
      if (!ctx.ability.can('update', mission)) throw new Forbidden();
      await checkMission(em, mission, dto.contractorPersonId !== undefined);
      const outside = await one(
        em,
        sql`SELECT count(*)::int AS n FROM time_entries
            WHERE mission_id = ${id} AND (worked_on < ${mission.startsOn} OR worked_on > ${mission.endsOn})`,
        { n: col.int },
      );
      if (outside.n > 0) {
        const text = msg(ContractorError.TimeEntriesOutsidePeriod, { n: outside.n });
        throw new ValidationFailed({ startsOn: [text], endsOn: [text] });
      }
      if (
        dto.contractorPersonId &&
        dto.contractorPersonId !== before.contractorPersonId &&
        (await em.exists(TimeEntry, { where: { missionId: id } }))
      ) {
        throw ValidationFailed.field('contractorPersonId', ContractorError.TimeAlreadyLoggedContractor);
      }
      const saved = await em.save(mission);
      await this.audit.recordUpdate(em, ctx, 'Mission', id, before, saved);
      return this.get(ctx, id, em);
    });
  }

  async entries(ctx: RequestContext, missionId: string, q: TimeEntryQuery): Promise<Page<TimeEntryResponse>> {
    await this.findMission(ctx, missionId, 'read');
    const qb = this.filteredEntries(ctx, missionId, q);
    const total = await qb.getCount();
    const items = await qb
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .getMany();
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** Every entry of the mission the time sheet would show (all its pages), in its order: CSV or xlsx. */
  async exportEntries(ctx: RequestContext, missionId: string, q: TimeEntryExportQuery): Promise<ExportFile> {
    await this.findMission(ctx, missionId, 'read');
    const qb = this.filteredEntries(ctx, missionId, q);
    return writeExport(
      TIME_ENTRIES_EXPORT,
      inBatches((offset, limit) => qb.clone().offset(offset).limit(limit).getMany()),
      ctx.locale,
      q.format,
    );
  }

  /** Every mission's entries the reader may read, mission by mission (the whole-network zip). */
  exportAllEntries(ctx: RequestContext): ExportFile {
    const qb = this.db
      .getRepository(TimeEntry)
      .createQueryBuilder('t')
      .innerJoin('t.mission', 'm')
      .addSelect('m.title', 'mission_title');
    whereAllowed(qb, ctx.ability, 'read', 'TimeEntry');
    qb.orderBy('m.title')
      .addOrderBy('t.mission_id')
      .addOrderBy('t.worked_on')
      .addOrderBy('t.created_at')
      .addOrderBy('t.id');
    return writeExport(
      NETWORK_TIME_ENTRIES_EXPORT,
      inBatches(async (offset, limit) => {
        const { entities, raw } = await qb
          .clone()
          .offset(offset)
          .limit(limit)
          .getRawAndEntities<{ mission_title: string }>();
        return entities.map((e, i) => ({ ...e, mission: raw[i].mission_title }));
      }),
      ctx.locale,
    );
  }

  /** The mission's entries the reader may read and the filters keep, in the time sheet's order. */
  private filteredEntries(ctx: RequestContext, missionId: string, q: Pick<TimeEntryQuery, 'month' | 'order'>) {
    const qb = this.db
      .getRepository(TimeEntry)
      .createQueryBuilder('t')
      .where('t.mission_id = :missionId', { missionId });
    whereAllowed(qb, ctx.ability, 'read', 'TimeEntry');
    if (q.month) qb.andWhere(`to_char(t.worked_on, 'YYYY-MM') = :month`, { month: q.month });
    return qb
      .orderBy('t.worked_on', q.order === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('t.created_at', 'DESC')
      .addOrderBy('t.id');
  }

  async addEntry(ctx: SignedInContext, missionId: string, dto: CreateTimeEntryDto): Promise<TimeEntryResponse> {
    return this.db.transaction(async (em) => {
      const mission = await this.findMission(ctx, missionId, 'read', em);
      const entry = em.create(TimeEntry, { ...dto, missionId, personId: mission.contractorPersonId });
      if (!ctx.ability.can('create', entry)) throw new Forbidden();
      await checkEntry(em, mission, entry);
      const saved = await em.save(entry);
      await this.audit.record(em, ctx, { action: 'create', entityType: 'TimeEntry', entityId: saved.id, after: saved });
      return saved;
    });
  }

  private async findEntry(ctx: RequestContext, id: string, action: Action, em: EntityManager): Promise<TimeEntry> {
    const entry = await em.findOne(TimeEntry, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entry || !ctx.ability.can('read', entry)) throw new NotFound(ContractorError.TimeEntryNotFound);
    if (!ctx.ability.can(action, entry)) throw new Forbidden();
    return entry;
  }

  async updateEntry(ctx: SignedInContext, id: string, dto: UpdateTimeEntryDto): Promise<TimeEntryResponse> {
    return this.db.transaction(async (em) => {
      const entry = await this.findEntry(ctx, id, 'update', em);
      const before = { ...entry };
      Object.assign(entry, dto);
      if (!ctx.ability.can('update', entry)) throw new Forbidden();
      await checkEntry(em, await em.findOneByOrFail(Mission, { id: entry.missionId }), entry);
      const saved = await em.save(entry);
      await this.audit.recordUpdate(em, ctx, 'TimeEntry', id, before, saved);
      return saved;
    });
  }

  async deleteEntry(ctx: SignedInContext, id: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const entry = await this.findEntry(ctx, id, 'delete', em);
      await em.delete(TimeEntry, id);
      await this.audit.record(em, ctx, { action: 'delete', entityType: 'TimeEntry', entityId: id, before: entry });
    });
  }

  /**
   * The valued time (days × daily rate, in cents) of the missions each budget line pays, per month of `from`–`to`
   * (calendar days, inclusive): the actual spending the funding module adds to its budget lines. Each mission-month
   * is rounded to the cent once, as in the mission's own summary, so the two always agree. No permission check here:
   * the caller (another module's service) checks its own.
   */
  async valuedTimeByBudgetLine(
    period: { from: string; to: string; budgetLineIds?: string[] },
    em: EntityManager = this.db.manager,
  ): Promise<BudgetLineSpending[]> {
    const rows = await many(
      em,
      sql`SELECT budget_line_id AS "budgetLineId", month, sum(days) AS days, sum(cents) AS cents FROM (
         SELECT m.budget_line_id, to_char(t.worked_on, 'YYYY-MM') AS month, sum(${DAYS_SQL}) AS days,
                round(sum(${DAYS_SQL}) * m.daily_rate_cents) AS cents
         FROM time_entries t JOIN missions m ON m.id = t.mission_id
         WHERE m.budget_line_id IS NOT NULL AND t.worked_on BETWEEN ${period.from} AND ${period.to}
           AND (${period.budgetLineIds ?? null}::uuid[] IS NULL OR m.budget_line_id = ANY(${period.budgetLineIds ?? null}::uuid[]))
         GROUP BY m.id, m.budget_line_id, month, m.daily_rate_cents
       ) per_mission GROUP BY budget_line_id, month ORDER BY budget_line_id, month`,
      { budgetLineId: col.uuid, month: col.text, days: col.number, cents: col.cents },
    );
    return rows.map((r) => ({ ...r, days: Math.round(r.days * 100) / 100 }));
  }
}

/**
 * A mission with its budget, rate and money included: the contract interceptor removes what the reader's ability
 * does not let them see (MISSION_FIELDS_WITHOUT_RATE), so the rate rule lives in one place.
 */
function view(m: Mission, contractorName: string, budget: Omit<BudgetSummary, 'months'>): MissionResponse {
  return {
    id: m.id,
    contractorPersonId: m.contractorPersonId,
    contractorName,
    company: m.company,
    title: m.title,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    daysPerMonth: m.daysPerMonth,
    hoursPerDay: m.hoursPerDay,
    grantId: m.grantId,
    budgetLineId: m.budgetLineId,
    dailyRateCents: m.dailyRateCents,
    budgetedDays: budget.budgetedDays,
    usedDays: budget.usedDays,
    overBudgetMonths: budget.overBudgetMonths,
    budgetedCents: budget.budgetedCents,
    usedCents: budget.usedCents,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

async function checkMission(em: EntityManager, m: Partial<Mission>, checkPerson = true): Promise<void> {
  const fields = await unknownLinks(em, {
    grantId: ['grants', m.grantId],
    budgetLineId: ['grant_budget_lines', m.budgetLineId],
  });
  // With both given, the line is one of that grant's: spending is reported per grant.
  if (
    m.grantId &&
    m.budgetLineId &&
    !fields.grantId &&
    !fields.budgetLineId &&
    !(await em.existsBy<GrantBudgetLine>('GrantBudgetLine', { id: m.budgetLineId, grantId: m.grantId }))
  ) {
    fields.budgetLineId = [ContractorError.LineNotGrantsBudget];
  }
  if (m.startsOn && m.endsOn && m.endsOn < m.startsOn) fields.endsOn = [ContractorError.EndMustComeAfterStart];
  if (
    checkPerson &&
    m.contractorPersonId &&
    !(await em.exists<Person>('Person', { where: { id: m.contractorPersonId } }))
  ) {
    fields.contractorPersonId = [ContractorError.UnknownPerson];
  }
  if (Object.keys(fields).length) throw new ValidationFailed(fields);
}

/** Within the mission's period, not in the future (Paris), in quarters, at most a day or 12 hours. */
async function checkEntry(em: EntityManager, mission: Mission, entry: TimeEntry): Promise<void> {
  const fields: FieldErrors = {};
  const { today } = await one(
    em,
    sql`SELECT to_char((now() AT TIME ZONE ${DISPLAY_TIME_ZONE})::date, 'YYYY-MM-DD') AS today`,
    { today: col.day },
  );
  if (entry.workedOn < mission.startsOn || entry.workedOn > mission.endsOn) {
    fields.workedOn = [ContractorError.OutsideMissionsPeriod];
  } else if (entry.workedOn > today) {
    fields.workedOn = [ContractorError.DateStillComeCannotLogged];
  }
  const quarters = entry.quantity * 4;
  if (Math.abs(quarters - Math.round(quarters)) > 1e-9) fields.quantity = [ContractorError.Quarters025];
  else if (entry.unit === 'day' && entry.quantity > 1) fields.quantity = [ContractorError.MostOneDayPerEntry];
  if (Object.keys(fields).length) throw new ValidationFailed(fields);
}
