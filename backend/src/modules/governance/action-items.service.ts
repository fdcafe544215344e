import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { unknownLinks } from '../../permissions/known-links';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action, DecisionVisibility } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { Membership } from '../people/membership.entity';
import type { Person } from '../people/person.entity';
import { ActionItem } from './action-item.entity';
import { Decision } from './decision.entity';
import type {
  ActionItemExportQuery,
  ActionItemQuery,
  CreateActionItemDto,
  UpdateActionItemDto,
} from './dto/action-item.dto';
import type { ActionItemResponse } from './dto/action-item.response';
import { Meeting } from './meeting.entity';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { GovernanceError } from './governance.errors';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import { ACTION_ITEMS_EXPORT } from './action-item-export';

/** Pending and due before today in Paris: the one definition of "overdue", for lists and reminders alike. */
export const OVERDUE_SQL = (alias: string) =>
  `(${alias}.status IN ('open', 'in_progress') AND ${alias}.due_on < (now() AT TIME ZONE '${DISPLAY_TIME_ZONE}')::date)`;

const SORT_COLUMNS = { dueOn: 'i.due_on', createdAt: 'i.created_at', title: 'i.title', status: 'i.status' };

@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  private query(em: EntityManager = this.db.manager) {
    return em
      .getRepository(ActionItem)
      .createQueryBuilder('i')
      .leftJoin('i.ownerPerson', 'p')
      .leftJoin('i.meeting', 'm')
      .leftJoin('i.decision', 'd')
      .addSelect(`p.first_name || ' ' || p.last_name`, 'owner_name')
      .addSelect('m.title', 'meeting_title')
      .addSelect('d.number', 'decision_number')
      .addSelect('d.title', 'decision_title')
      .addSelect('d.visibility', 'decision_visibility')
      .addSelect(
        `ARRAY(SELECT ms.organisation_id FROM memberships ms WHERE ms.person_id = i.owner_person_id ORDER BY ms.organisation_id)`,
        'owner_organisation_ids',
      )
      .addSelect(OVERDUE_SQL('i'), 'overdue');
  }

  private async views(ctx: RequestContext, qb: ReturnType<ActionItemsService['query']>): Promise<ActionItemResponse[]> {
    const { entities, raw } = await qb.getRawAndEntities<{
      decision_visibility: DecisionVisibility | null;
      owner_name: string | null;
      owner_organisation_ids: string[];
      meeting_title: string | null;
      decision_number: number | null;
      decision_title: string | null;
      overdue: boolean;
    }>();
    return entities.map((item, i) => {
      // The action's own decision may be COPIL-only: its owner then sees that there is one, not what it says.
      const seesDecision =
        raw[i].decision_visibility &&
        ctx.ability.can('read', subject('Decision', { visibility: raw[i].decision_visibility }));
      return {
        ...item,
        ownerName: raw[i].owner_name ?? null,
        ownerOrganisationIds: raw[i].owner_organisation_ids,
        meetingTitle: raw[i].meeting_title ?? null,
        decisionNumber: seesDecision ? raw[i].decision_number : null,
        decisionTitle: seesDecision ? raw[i].decision_title : null,
        overdue: raw[i].overdue,
      };
    });
  }

  /**
   * An action as the ability checks it: with its owner's organisations, which a COPIL member's rules name (they
   * hand actions to their own organisations' people, or to a working group).
   */
  private async checked(em: EntityManager, item: ActionItem) {
    const memberships = item.ownerPersonId
      ? await em.find<Membership>('Membership', {
          select: { organisationId: true },
          where: { personId: item.ownerPersonId },
        })
      : [];
    return subject('ActionItem', { ...item, ownerOrganisationIds: memberships.map((m) => m.organisationId) });
  }

  async list(ctx: RequestContext, q: ActionItemQuery): Promise<Page<ActionItemResponse>> {
    const qb = this.filtered(ctx, q);
    const total = await qb.getCount();
    qb.offset((q.page - 1) * q.pageSize).limit(q.pageSize);
    return { items: await this.views(ctx, qb), total, page: q.page, pageSize: q.pageSize };
  }

  /** Every action the list would show (all its pages), in its order: CSV. */
  export(ctx: RequestContext, q: ActionItemExportQuery): ExportFile {
    const qb = this.filtered(ctx, q);
    return writeExport(
      ACTION_ITEMS_EXPORT,
      inBatches((offset, limit) => this.views(ctx, qb.clone().offset(offset).limit(limit))),
      ctx.locale,
      q.format,
    );
  }

  /** The actions the reader may read that the list's filters keep, in its order. */
  private filtered(ctx: RequestContext, q: Omit<ActionItemQuery, 'page' | 'pageSize'>) {
    const qb = this.query();
    whereAllowed(qb, ctx.ability, 'read', 'ActionItem');
    if (q.q)
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('lower(i.title) LIKE :like', { like: `%${q.q!.toLowerCase()}%` })
            .orWhere('lower(i.details) LIKE :like'),
        ),
      );
    if (q.status) qb.andWhere('i.status = :status', { status: q.status });
    if (q.pending !== undefined) qb.andWhere(`i.status ${q.pending ? '' : 'NOT '}IN ('open', 'in_progress')`);
    if (q.overdue !== undefined) qb.andWhere(q.overdue ? OVERDUE_SQL('i') : `NOT ${OVERDUE_SQL('i')}`);
    if (q.ownerPersonId) qb.andWhere('i.owner_person_id = :owner', { owner: q.ownerPersonId });
    if (q.ownerGroupId) qb.andWhere('i.owner_group_id = :group', { group: q.ownerGroupId });
    if (q.meetingId) qb.andWhere('i.meeting_id = :meetingId', { meetingId: q.meetingId });
    if (q.decisionId) qb.andWhere('i.decision_id = :decisionId', { decisionId: q.decisionId });
    return qb.orderBy(SORT_COLUMNS[q.sort], q.order === 'desc' ? 'DESC' : 'ASC').addOrderBy('i.id');
  }

  /** "My actions": those the signed-in person owns, whatever their roles. */
  mine(ctx: SignedInContext, q: ActionItemQuery): Promise<Page<ActionItemResponse>> {
    return this.list(ctx, Object.assign(q, { ownerPersonId: ctx.user.personId, ownerGroupId: undefined }));
  }

  private async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<ActionItem> {
    const item = await em.findOne(ActionItem, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!item) throw new NotFound(GovernanceError.ActionItemNotFound);
    if (!ctx.ability.can(action, action === 'read' ? item : await this.checked(em, item))) throw new Forbidden();
    return item;
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<ActionItemResponse> {
    await this.findAllowed(ctx, id, 'read', em);
    const [view] = await this.views(ctx, this.query(em).where('i.id = :id', { id }));
    return view;
  }

  async create(ctx: SignedInContext, dto: CreateActionItemDto): Promise<ActionItemResponse> {
    return this.db.transaction(async (em) => {
      const item = em.create(ActionItem, { status: 'open', ownerPersonId: null, ownerGroupId: null, ...dto });
      await checkActionItem(em, item, dto);
      if (!ctx.ability.can('create', await this.checked(em, item)))
        throw new Forbidden(GovernanceError.OwnerOutOfReach);
      item.completedAt = item.status === 'done' ? new Date() : null;
      const saved = await em.save(item);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'ActionItem',
        entityId: saved.id,
        after: saved,
      });
      await this.notifyOwner(em, ctx, saved);
      return this.get(ctx, saved.id, em);
    });
  }

  /** The owner may move the status of their own action; those who manage actions may change anything. */
  async update(ctx: SignedInContext, id: string, dto: UpdateActionItemDto): Promise<ActionItemResponse> {
    return this.db.transaction(async (em) => {
      const item = await this.findAllowed(ctx, id, 'update', em);
      const loaded = await this.checked(em, item);
      const denied = Object.keys(dto).filter((field) => !ctx.ability.can('update', loaded, field));
      if (denied.length) throw new Forbidden(GovernanceError.MayOnlyChangeStatusAction);
      const before = { ...item };
      // Naming one kind of owner replaces the other.
      if (dto.ownerPersonId) item.ownerGroupId = null;
      if (dto.ownerGroupId) item.ownerPersonId = null;
      Object.assign(item, dto);
      await checkActionItem(em, item, dto);
      if (!ctx.ability.can('update', await this.checked(em, item)))
        throw new Forbidden(GovernanceError.OwnerOutOfReach);
      if (dto.status && dto.status !== before.status) item.completedAt = dto.status === 'done' ? new Date() : null;
      const saved = await em.save(item);
      await this.audit.recordUpdate(em, ctx, 'ActionItem', id, before, saved);
      if (saved.ownerPersonId !== before.ownerPersonId) await this.notifyOwner(em, ctx, saved);
      return this.get(ctx, id, em);
    });
  }

  /** Tells the person an action was handed to (an action owned by a group is the group's to share out). */
  private async notifyOwner(em: EntityManager, ctx: SignedInContext, item: ActionItem): Promise<void> {
    if (!item.ownerPersonId) return;
    await this.notifications.notify(em, ctx, {
      kind: 'action_assigned',
      to: { people: [item.ownerPersonId] },
      params: { subject: item.title },
      link: '/my-actions',
    });
  }
}

async function checkActionItem(em: EntityManager, item: ActionItem, dto: UpdateActionItemDto): Promise<void> {
  const fields = await unknownLinks(em, { ownerGroupId: ['working_groups', dto.ownerGroupId] });
  if (Boolean(item.ownerPersonId) === Boolean(item.ownerGroupId))
    fields.ownerPersonId = [GovernanceError.ChoosePersonWorkingGroupOne];
  else if (dto.ownerPersonId && !(await em.exists<Person>('Person', { where: { id: dto.ownerPersonId } })))
    fields.ownerPersonId = [GovernanceError.UnknownPerson];
  if (dto.meetingId && !(await em.exists(Meeting, { where: { id: dto.meetingId } })))
    fields.meetingId = [GovernanceError.UnknownMeeting];
  if (dto.decisionId && !(await em.exists(Decision, { where: { id: dto.decisionId } })))
    fields.decisionId = [GovernanceError.UnknownDecision];
  if (Object.keys(fields).length) throw new ValidationFailed(fields);
}
