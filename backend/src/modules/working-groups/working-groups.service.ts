import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { unreadableLinks } from '../../permissions/known-links';
import { linksOf, setLinks, type LinkSide } from '../../common/link-table';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { AddMemberDto, UpdateTermDto } from './dto/member.dto';
import type {
  CreateWorkingGroupDto,
  UpdateWorkingGroupDto,
  WorkingGroupExportQuery,
  WorkingGroupQuery,
} from './dto/working-group.dto';
import type { TermResponse, WorkingGroupDetailResponse, WorkingGroupResponse } from './dto/working-group.response';
import { GroupMember, MEMBER_ROLES, type MemberRole } from './group-member.entity';
import { GroupVolunteer, PIPELINE_STAGES, type PipelineStage } from './group-volunteer.entity';
import { ROLE_LABELS, STAGE_LABELS } from './labels';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import { WORKING_GROUPS_EXPORT } from './working-group-export';
import { GROUP_MEMBERS_EXPORT } from './group-members-export';
import { findNameable } from './nameable-person';
import {
  currentTermSql,
  dayBefore,
  isCurrent,
  MAX_REFERENTS,
  maxConcurrent,
  overlaps,
  parisToday,
  roleGaps,
  type Term,
} from './terms';
import { VolunteersService } from './volunteers.service';
import { WorkingGroup } from './working-group.entity';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { WorkingGroupError } from './working-groups.errors';

/** What a group's list row adds to the group: its role counts, gaps and pipeline. */
type GroupCounts = Pick<WorkingGroupResponse, 'roles' | 'gaps' | 'pipeline' | 'overdue'>;

const SORT_COLUMNS = { name: 'g.name', status: 'g.status', createdAt: 'g.created_at' };

/** Groups that lack what the plan asks for: two referents, a facilitator, a welcome person. */
const GAPS_SQL = (() => {
  const count = (role: MemberRole) =>
    `(SELECT count(DISTINCT t.person_id) FROM working_group_members t WHERE t.group_id = g.id AND t.role = '${role}' AND ${currentTermSql('t')})`;
  return `(${count('referent')} < ${MAX_REFERENTS} OR ${count('facilitator')} = 0 OR ${count('welcomer')} = 0)`;
})();

/** The newcomers of group `g` waiting for a welcome longer than the group's delay: the one definition of "late". */
const LATE_WELCOME_SQL = `SELECT 1 FROM working_group_volunteers v WHERE v.group_id = g.id AND v.stage = 'new'
  AND v.stage_changed_at < now() - make_interval(days => g.welcome_within_days)`;

/** The strategy actions a group carries: governance's link table, named by string (another module's entity). */
const GROUP_ACTIONS: LinkSide = {
  entity: 'StrategyActionWorkingGroup',
  self: 'workingGroupId',
  other: 'strategyActionId',
  owner: false,
};

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

@Injectable()
export class WorkingGroupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly volunteers: VolunteersService,
  ) {}

  async list(ctx: RequestContext, q: WorkingGroupQuery): Promise<Page<WorkingGroupResponse>> {
    const qb = this.filtered(ctx, q);
    const total = await qb.getCount();
    const items = await this.rows(qb, (q.page - 1) * q.pageSize, q.pageSize);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * Every group the list would show (all its pages), in its order: CSV. The pipeline counts are left out, group by
   * group, where the reader does not follow the pipeline (the list's responses are shaped the same way).
   */
  export(ctx: RequestContext, q: WorkingGroupExportQuery): ExportFile {
    const qb = this.filtered(ctx, q);
    const shaped = async (offset: number, limit: number) =>
      (await this.rows(qb, offset, limit)).map((g) =>
        ctx.ability.can('read', subject('WorkingGroup', g), 'pipeline')
          ? g
          : { ...g, pipeline: undefined, overdue: undefined },
      );
    return writeExport(WORKING_GROUPS_EXPORT, inBatches(shaped), ctx.locale, q.format);
  }

  /** The groups the reader may read that the list's filters keep, in the list's order. */
  private filtered(ctx: RequestContext, q: Omit<WorkingGroupQuery, 'page' | 'pageSize'>) {
    const qb = this.db.getRepository(WorkingGroup).createQueryBuilder('g');
    whereAllowed(qb, ctx.ability, 'read', 'WorkingGroup');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) => w.where('lower(g.name) LIKE :like', { like }).orWhere('lower(g.mission) LIKE :like')),
      );
    }
    if (q.status) qb.andWhere('g.status = :status', { status: q.status });
    if (q.withGaps) qb.andWhere(GAPS_SQL);
    if (q.lateWelcome) qb.andWhere(`EXISTS (${LATE_WELCOME_SQL})`);
    return qb.orderBy(SORT_COLUMNS[q.sort], q.order === 'desc' ? 'DESC' : 'ASC').addOrderBy('g.id');
  }

  /** A page of groups with their counts and strategy actions. */
  private async rows(qb: SelectQueryBuilder<WorkingGroup>, offset: number, limit: number) {
    const groups = await qb.clone().skip(offset).take(limit).getMany();
    const counts = await this.counts(groups.map((g) => g.id));
    const actions = await linksOf(
      this.db.manager,
      GROUP_ACTIONS,
      groups.map((g) => g.id),
    );
    return groups.map((g) => ({ ...g, strategyActionIds: actions.get(g.id)!, ...counts.get(g.id)! }));
  }

  /** Role and pipeline counts of several groups in one round trip. */
  private async counts(ids: string[], em: EntityManager = this.db.manager): Promise<Map<string, GroupCounts>> {
    if (ids.length === 0) return new Map();
    const rows = await many(
      em,
      sql`SELECT g.id,
         (SELECT json_object_agg(r.role, r.n) FROM (SELECT t.role, count(DISTINCT t.person_id)::int AS n FROM working_group_members t
            WHERE t.group_id = g.id AND ${sql.trusted(currentTermSql('t'))} GROUP BY t.role) r) AS roles,
         (SELECT json_object_agg(s.stage, s.n) FROM (SELECT v.stage, count(*)::int AS n FROM working_group_volunteers v
            WHERE v.group_id = g.id GROUP BY v.stage) s) AS pipeline,
         (SELECT count(*)::int FROM (${sql.trusted(LATE_WELCOME_SQL)}) late) AS overdue
       FROM working_groups g WHERE g.id = ANY(${ids})`,
      {
        id: col.uuid,
        roles: col.json<Partial<Record<MemberRole, number>>>().nullable,
        pipeline: col.json<Partial<Record<PipelineStage, number>>>().nullable,
        overdue: col.int,
      },
    );
    return new Map(
      rows.map((r) => {
        const roles = { ...zeros(MEMBER_ROLES), ...r.roles };
        return [
          r.id,
          { roles, gaps: roleGaps(roles), pipeline: { ...zeros(PIPELINE_STAGES), ...r.pipeline }, overdue: r.overdue },
        ];
      }),
    );
  }

  /** Loads a group the caller may act on, or fails: 404 if it does not exist, 403 if not theirs. */
  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
    lock = action !== 'read',
  ): Promise<WorkingGroup> {
    const group = await em.findOne(WorkingGroup, {
      where: { id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!group) throw new NotFound(WorkingGroupError.WorkingGroupNotFound);
    if (!ctx.ability.can(action, group)) throw new Forbidden();
    return group;
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<WorkingGroupDetailResponse> {
    const group = await this.findAllowed(ctx, id, 'read', em);
    const qb = em
      .getRepository(GroupMember)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.person', 'p')
      .where('m.group_id = :id', { id });
    whereAllowed(qb, ctx.ability, 'read', 'GroupMember');
    const today = parisToday();
    // The address leaves only for readers the ability gives it to (the contract's shaper removes it for others).
    const terms = (await qb.orderBy('m.started_on', 'DESC').addOrderBy('p.last_name').getMany()).map(
      (m): TermResponse => ({
        id: m.id,
        groupId: m.groupId,
        personId: m.personId,
        firstName: m.person.firstName,
        lastName: m.person.lastName,
        email: m.person.email,
        role: m.role,
        startedOn: m.startedOn,
        endedOn: m.endedOn,
        current: isCurrent(m, today),
      }),
    );
    const counts = (await this.counts([id], em)).get(id)!;
    const strategyActionIds = (await linksOf(em, GROUP_ACTIONS, [id])).get(id)!;
    return { ...group, strategyActionIds, ...counts, terms };
  }

  async create(ctx: SignedInContext, dto: CreateWorkingGroupDto): Promise<WorkingGroupDetailResponse> {
    return this.db.transaction(async (em) => {
      if (!ctx.ability.can('create', subject('WorkingGroup', { ...dto }))) throw new Forbidden();
      await this.checkNameFree(em, dto.name);
      const { strategyActionIds = [], ...fields } = dto;
      await checkActions(em, ctx, strategyActionIds);
      const group = await em.save(em.create(WorkingGroup, fields));
      await setLinks(em, GROUP_ACTIONS, group.id, strategyActionIds);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'WorkingGroup',
        entityId: group.id,
        after: { ...group, strategyActionIds },
      });
      return this.get(ctx, group.id, em);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateWorkingGroupDto): Promise<WorkingGroupDetailResponse> {
    return this.db.transaction(async (em) => {
      const group = await this.findAllowed(ctx, id, 'update', em);
      if (!ctx.ability.can('update', subject('WorkingGroup', { ...group, ...dto }))) throw new Forbidden();
      if (dto.name && dto.name.toLowerCase() !== group.name.toLowerCase()) await this.checkNameFree(em, dto.name);
      const { strategyActionIds, ...fields } = dto;
      await checkActions(em, ctx, strategyActionIds);
      const before = { ...group };
      const saved = await em.save(Object.assign(group, fields));
      // A list left out stays as it is (and out of the audit).
      const was = strategyActionIds && (await setLinks(em, GROUP_ACTIONS, id, strategyActionIds));
      await this.audit.recordUpdate(
        em,
        ctx,
        'WorkingGroup',
        id,
        { ...before, strategyActionIds: was },
        { ...saved, strategyActionIds },
      );
      return this.get(ctx, id, em);
    });
  }

  /** A new term of a role; the group row is locked so two leads adding a referent at once cannot make three. */
  async addMember(ctx: SignedInContext, groupId: string, dto: AddMemberDto): Promise<WorkingGroupDetailResponse> {
    return this.db.transaction(async (em) => {
      const group = await this.lockGroup(em, groupId);
      const term: Term = { startedOn: dto.startedOn ?? parisToday(), endedOn: dto.endedOn ?? null };
      if (
        !ctx.ability.can('create', subject('GroupMember', { groupId, personId: dto.personId, role: dto.role, ...term }))
      )
        throw new Forbidden();
      if (group.status === 'closed') throw new Conflict(WorkingGroupError.GroupClosed);
      await findNameable(em, ctx, dto.personId);
      await this.checkTerm(em, groupId, dto.personId, dto.role, term);
      const saved = await em.save(em.create(GroupMember, { groupId, personId: dto.personId, role: dto.role, ...term }));
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'GroupMember',
        entityId: saved.id,
        after: saved,
      });
      return this.get(ctx, groupId, em);
    });
  }

  async updateTerm(
    ctx: SignedInContext,
    groupId: string,
    termId: string,
    dto: UpdateTermDto,
  ): Promise<WorkingGroupDetailResponse> {
    return this.db.transaction(async (em) => {
      await this.lockGroup(em, groupId);
      const member = await em.findOne(GroupMember, { where: { id: termId, groupId } });
      if (!member) throw new NotFound(WorkingGroupError.TermNotFound);
      const term: Term = {
        startedOn: dto.startedOn ?? member.startedOn,
        endedOn: dto.endedOn === undefined ? member.endedOn : dto.endedOn,
      };
      if (
        !ctx.ability.can('update', member) ||
        !ctx.ability.can('update', subject('GroupMember', { ...member, ...term }))
      )
        throw new Forbidden();
      await this.checkTerm(em, groupId, member.personId, member.role, term, member.id);
      const before = { ...member };
      const saved = await em.save(Object.assign(member, term));
      await this.audit.recordUpdate(em, ctx, 'GroupMember', termId, before, saved);
      return this.get(ctx, groupId, em);
    });
  }

  /**
   * The signed-in person leaves a group, at once: their terms end yesterday, their last full day (a term that had not
   * started before today is withdrawn), and their place in the volunteers' pipeline moves to "left".
   */
  async leave(ctx: SignedInContext, groupId: string): Promise<void> {
    await this.db.transaction(async (em) => {
      await this.lockGroup(em, groupId);
      const personId = ctx.user.personId;
      const today = parisToday();
      const lastDay = dayBefore(today);
      const terms = (await em.find(GroupMember, { where: { groupId, personId } })).filter(
        (t) => t.endedOn === null || t.endedOn >= today,
      );
      const entry = await em.findOne(GroupVolunteer, { where: { groupId, personId } });
      const staying = entry && entry.stage !== 'left';
      if (terms.length === 0 && !staying) throw new Conflict(WorkingGroupError.AreNotGroup);
      for (const t of terms) {
        const withdrawn = t.startedOn > lastDay;
        if (withdrawn) await em.delete(GroupMember, t.id);
        else await em.update(GroupMember, t.id, { endedOn: lastDay });
        await this.audit.record(em, ctx, {
          action: 'leave',
          entityType: 'GroupMember',
          entityId: t.id,
          before: { endedOn: t.endedOn },
          after: { endedOn: withdrawn ? null : lastDay, withdrawn },
        });
      }
      if (staying) await this.volunteers.moveInTransaction(em, ctx, entry, 'left', null);
    });
  }

  /** Current members and welcomed or active volunteers who have an address, for the group's mailing list. */
  async exportMembers(ctx: SignedInContext, id: string): Promise<ExportFile> {
    // Who keeps the group's links current may export its list (a read: nothing to lock).
    const group = await this.findAllowed(ctx, id, 'update', this.db.manager, false);
    const current = sql.trusted(currentTermSql('t'));
    const rows = await many(
      this.db,
      sql`SELECT p.email, p.first_name, p.last_name, array_agg(DISTINCT t.role) AS roles, NULL AS stage
         FROM working_group_members t JOIN people p ON p.id = t.person_id
         WHERE t.group_id = ${id} AND ${current} AND p.email IS NOT NULL AND p.archived_at IS NULL
         GROUP BY p.id
       UNION ALL
       SELECT p.email, p.first_name, p.last_name, NULL, v.stage
         FROM working_group_volunteers v JOIN people p ON p.id = v.person_id
         WHERE v.group_id = ${id} AND v.stage IN ('welcomed', 'active') AND p.email IS NOT NULL AND p.archived_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM working_group_members t WHERE t.group_id = ${id} AND t.person_id = p.id AND ${current})
       ORDER BY last_name, first_name`,
      {
        email: col.text,
        first_name: col.text,
        last_name: col.text,
        roles: col.array(col.oneOf(MEMBER_ROLES)).nullable,
        stage: col.oneOf(PIPELINE_STAGES).nullable,
      },
    );
    const place = (r: (typeof rows)[number]) =>
      r.roles
        ? MEMBER_ROLES.filter((role) => r.roles!.includes(role))
            .map((role) => ROLE_LABELS[ctx.locale][role])
            .join(', ')
        : STAGE_LABELS[ctx.locale][r.stage!];
    const lines = rows.map((r) => ({
      email: r.email,
      firstName: r.first_name,
      lastName: r.last_name,
      place: place(r),
    }));
    // A group's list is short: written in one batch, by the writer every export uses.
    const file = writeExport(GROUP_MEMBERS_EXPORT, [lines], ctx.locale);
    await this.audit.recordNow(ctx, {
      action: 'export',
      entityType: 'WorkingGroup',
      entityId: id,
      after: { rows: rows.length },
    });
    return { ...file, fileName: `${slug(group.name)}-${parisToday()}.csv` };
  }

  private async lockGroup(em: EntityManager, id: string): Promise<WorkingGroup> {
    const group = await em.findOne(WorkingGroup, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!group) throw new NotFound(WorkingGroupError.WorkingGroupNotFound);
    return group;
  }

  /**
   * A term is valid when its dates are in order, the person does not already hold the role then, and referents stay two
   * at most.
   */
  private async checkTerm(
    em: EntityManager,
    groupId: string,
    personId: string,
    role: MemberRole,
    term: Term,
    ignoreId?: string,
  ): Promise<void> {
    if (term.endedOn !== null && term.endedOn < term.startedOn) {
      throw ValidationFailed.field('endedOn', WorkingGroupError.TermEndsBeforeStarts);
    }
    const others = (await em.find(GroupMember, { where: { groupId, role } })).filter((t) => t.id !== ignoreId);
    if (others.some((t) => t.personId === personId && overlaps(t, term))) {
      throw new Conflict(WorkingGroupError.PersonAlreadyHoldsRolePeriod);
    }
    if (role === 'referent' && maxConcurrent(others, term) >= MAX_REFERENTS) {
      throw new Conflict(WorkingGroupError.GroupAlreadyHasTwoReferents);
    }
  }

  private async checkNameFree(em: EntityManager, name: string): Promise<void> {
    const taken = await em
      .getRepository(WorkingGroup)
      .createQueryBuilder('g')
      .where('lower(g.name) = lower(:name)', { name })
      .getExists();
    if (taken) throw new ValidationFailed({ name: [WorkingGroupError.GroupAlreadyHasName] });
  }
}

/** A spreadsheet would run a cell starting with = + - or @ as a formula: names come from a public form. */
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'groupe';

/** The strategy actions a group is said to carry: known, and readable by the caller. */
async function checkActions(em: EntityManager, ctx: SignedInContext, ids: string[] | undefined): Promise<void> {
  const unknown = await unreadableLinks(em, ctx.ability, { strategyActionIds: ['StrategyAction', ids] });
  if (Object.keys(unknown).length) throw new ValidationFailed(unknown);
}
