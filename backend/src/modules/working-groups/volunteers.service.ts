import { writeExport, type ExportFile } from '../../common/exports/export-writer';
import { GROUP_VOLUNTEERS_EXPORT } from './group-volunteers-export';
import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { MailService } from '../../mail/mail.service';
import type { Person } from '../people/person.entity';
import type {
  AddVolunteerDto,
  LogVolunteerTimeDto,
  MoveVolunteerDto,
  UpdateVolunteerProfileDto,
} from './dto/volunteer.dto';
import type {
  BoardCardResponse,
  LoggedTimeResponse,
  MovedCardResponse,
  VolunteerResponse,
} from './dto/volunteer.response';
import { GroupVolunteer, PIPELINE_STAGES, type PipelineStage, type VolunteerSource } from './group-volunteer.entity';
import { findNameable } from './nameable-person';
import { isWelcomeOverdue } from './terms';
import { VolunteerConsent } from './volunteer-consent.entity';
import { VolunteerProfile } from './volunteer-profile.entity';
import { VolunteerStep } from './volunteer-step.entity';
import { VolunteerTimeRecorder } from './volunteer-time.recorder';
import { WorkingGroup } from './working-group.entity';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { WorkingGroupError } from './working-groups.errors';

type Offer = Pick<
  VolunteerProfile,
  'skills' | 'hoursPerMonth' | 'availableDays' | 'territory' | 'heardFrom' | 'heardFromDetail'
>;

@Injectable()
export class VolunteersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly time: VolunteerTimeRecorder,
  ) {}

  /** A group's volunteers, every stage, for its board; refused to those who may not see this group's pipeline. */
  async board(ctx: RequestContext, groupId: string): Promise<BoardCardResponse[]> {
    const group = await this.db.manager.findOne(WorkingGroup, { where: { id: groupId } });
    if (!group) throw new NotFound(WorkingGroupError.WorkingGroupNotFound);
    if (!ctx.ability.can('read', Object.assign(new GroupVolunteer(), { groupId }))) throw new Forbidden();
    const qb = this.db
      .getRepository(GroupVolunteer)
      .createQueryBuilder('v')
      .innerJoinAndSelect('v.person', 'p')
      .where('v.group_id = :groupId', { groupId });
    whereAllowed(qb, ctx.ability, 'read', 'GroupVolunteer');
    const entries = await qb.orderBy('v.stage_changed_at', 'ASC').getMany();
    const profiles = await this.profilesOf(entries.map((e) => e.personId));
    return entries.map((e) => this.card(e, group, profiles.get(e.personId)));
  }

  /** Every group's board the reader may read, group by group (the whole-network zip): volunteers are few, one read. */
  async allCards(ctx: RequestContext): Promise<(BoardCardResponse & { group: string })[]> {
    const qb = this.db
      .getRepository(GroupVolunteer)
      .createQueryBuilder('v')
      .innerJoinAndSelect('v.person', 'p')
      .innerJoinAndSelect('v.group', 'g');
    whereAllowed(qb, ctx.ability, 'read', 'GroupVolunteer');
    const entries = await qb
      .orderBy('g.name', 'ASC')
      .addOrderBy('v.stage_changed_at', 'ASC')
      .addOrderBy('v.id')
      .getMany();
    const profiles = await this.profilesOf(entries.map((e) => e.personId));
    return entries.map((e) => ({ ...this.card(e, e.group, profiles.get(e.personId)), group: e.group.name }));
  }

  /** The board as CSV: a group's volunteers are few, so the checked board is written in one batch. */
  async export(ctx: RequestContext, groupId: string): Promise<ExportFile> {
    return writeExport(GROUP_VOLUNTEERS_EXPORT, [await this.board(ctx, groupId)], ctx.locale);
  }

  private async profilesOf(
    personIds: string[],
    em: EntityManager = this.db.manager,
  ): Promise<Map<string, VolunteerProfile>> {
    if (personIds.length === 0) return new Map();
    return new Map(
      (await em.find(VolunteerProfile, { where: { personId: In(personIds) } })).map((p) => [p.personId, p]),
    );
  }

  private card(e: GroupVolunteer, group: WorkingGroup, profile?: VolunteerProfile): BoardCardResponse {
    return {
      id: e.id,
      groupId: e.groupId,
      personId: e.personId,
      firstName: e.person.firstName,
      lastName: e.person.lastName,
      email: e.person.email,
      stage: e.stage,
      stageChangedAt: e.stageChangedAt,
      createdAt: e.createdAt,
      message: e.message,
      source: e.source,
      overdue: isWelcomeOverdue(e, group.welcomeWithinDays),
      skills: profile?.skills ?? [],
      hoursPerMonth: profile?.hoursPerMonth ?? null,
      availableDays: profile?.availableDays ?? [],
      territory: profile?.territory ?? null,
      heardFrom: profile?.heardFrom ?? null,
      heardFromDetail: profile?.heardFromDetail ?? null,
    };
  }

  /** A lead puts someone from the directory into the group's pipeline, at "new". */
  async add(ctx: SignedInContext, groupId: string, dto: AddVolunteerDto): Promise<BoardCardResponse> {
    const id = await this.db.transaction(async (em) => {
      const group = await em.findOne(WorkingGroup, { where: { id: groupId }, lock: { mode: 'pessimistic_write' } });
      if (!group) throw new NotFound(WorkingGroupError.WorkingGroupNotFound);
      const values = { groupId, personId: dto.personId, stage: 'new', source: 'added', message: dto.message ?? null };
      if (!ctx.ability.can('create', subject('GroupVolunteer', values))) throw new Forbidden();
      if (group.status === 'closed') throw new Conflict(WorkingGroupError.GroupClosed);
      await findNameable(em, ctx, dto.personId);
      const { entry, opened } = await this.enter(em, ctx, {
        groupId,
        personId: dto.personId,
        message: dto.message ?? null,
        source: 'added',
      });
      if (!opened) throw new Conflict(WorkingGroupError.PersonAlreadyGroupsPipeline);
      return entry.id;
    });
    return this.cardById(id);
  }

  /**
   * Puts a person in a group's pipeline at "new" (with a profile if they had none), or back at "new" after they left.
   * `opened` is false when they are already in it: nothing changes then.
   */
  async enter(
    em: EntityManager,
    ctx: Pick<RequestContext, 'user' | 'ip'>,
    e: {
      groupId: string;
      personId: string;
      message: string | null;
      source: VolunteerSource;
      offer?: Partial<Offer>;
      locale?: 'fr' | 'en';
    },
  ): Promise<{ entry: GroupVolunteer; opened: boolean }> {
    // A profile typed by someone else is never overwritten here: an anonymous form must not change what leads wrote.
    await em
      .createQueryBuilder()
      .insert()
      .into(VolunteerProfile)
      .values({ personId: e.personId, ...e.offer, locale: e.locale ?? 'fr' })
      .orIgnore()
      .execute();
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(GroupVolunteer)
      .values({
        groupId: e.groupId,
        personId: e.personId,
        stage: 'new',
        stageChangedAt: new Date(),
        message: e.message,
        source: e.source,
      })
      .orIgnore()
      .execute();
    const entry = await em.findOneOrFail(GroupVolunteer, {
      where: { groupId: e.groupId, personId: e.personId },
      lock: { mode: 'pessimistic_write' },
    });
    if ((inserted.raw as unknown[]).length > 0) {
      await em.insert(VolunteerStep, {
        entryId: entry.id,
        fromStage: null,
        stage: 'new',
        at: entry.stageChangedAt,
        byId: ctx.user?.id ?? null,
        note: null,
      });
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'GroupVolunteer',
        entityId: entry.id,
        after: { groupId: e.groupId, personId: e.personId, stage: 'new', source: e.source },
      });
      return { entry, opened: true };
    }
    if (entry.stage === 'left') {
      if (e.message) entry.message = e.message;
      await this.moveInTransaction(em, ctx, entry, 'new', null);
      return { entry, opened: true };
    }
    return { entry, opened: false };
  }

  /** Moves a card; moving to "welcomed" may send the volunteer the group's links, once the move is saved. */
  async move(
    ctx: SignedInContext,
    groupId: string,
    entryId: string,
    dto: MoveVolunteerDto,
  ): Promise<MovedCardResponse> {
    const welcome = dto.stage === 'welcomed' && dto.sendWelcomeEmail === true;
    const entry = await this.db.transaction(async (em) => {
      const entry = await em.findOne(GroupVolunteer, {
        where: { id: entryId, groupId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!entry) throw new NotFound(WorkingGroupError.VolunteerNotFoundGroup);
      if (
        !ctx.ability.can('update', entry) ||
        !ctx.ability.can('update', subject('GroupVolunteer', { ...entry, stage: dto.stage }))
      )
        throw new Forbidden();
      entry.person = await em.findOneOrFail<Person>('Person', { where: { id: entry.personId } });
      const group = await em.findOneOrFail(WorkingGroup, { where: { id: groupId } });
      if (welcome) {
        if (!entry.person.email)
          throw ValidationFailed.field('sendWelcomeEmail', WorkingGroupError.PersonHasNoEmailAddress);
        if (!group.mailingList || !group.chatChannel) {
          throw ValidationFailed.field('sendWelcomeEmail', WorkingGroupError.FillGroupsMailingListChat);
        }
      }
      if (entry.stage !== dto.stage) await this.moveInTransaction(em, ctx, entry, dto.stage, dto.note ?? null);
      if (welcome) await this.queueWelcome(em, ctx, entry, group);
      return entry;
    });
    return { ...(await this.cardById(entry.id)), welcomeEmailSent: welcome };
  }

  /** The move itself, inside the caller's transaction: stage, its date, the step and the audit entry. */
  async moveInTransaction(
    em: EntityManager,
    ctx: Pick<RequestContext, 'user' | 'ip'>,
    entry: GroupVolunteer,
    stage: PipelineStage,
    note: string | null,
  ): Promise<void> {
    const from = entry.stage;
    const at = new Date();
    // A new wait for a welcome earns a new reminder.
    await em.update(GroupVolunteer, entry.id, {
      stage,
      stageChangedAt: at,
      reminderSentAt: null,
      message: entry.message,
    });
    await em.insert(VolunteerStep, { entryId: entry.id, fromStage: from, stage, at, byId: ctx.user?.id ?? null, note });
    await this.audit.record(em, ctx, {
      action: 'stage_change',
      entityType: 'GroupVolunteer',
      entityId: entry.id,
      before: { stage: from },
      after: { stage },
    });
    Object.assign(entry, { stage, stageChangedAt: at, reminderSentAt: null });
  }

  /** Queued with the move: it leaves once the move is saved, retried by the outbox while the relay is down. */
  private async queueWelcome(
    em: EntityManager,
    ctx: SignedInContext,
    entry: GroupVolunteer,
    group: WorkingGroup,
  ): Promise<void> {
    const profile = await em.findOne(VolunteerProfile, { where: { personId: entry.personId } });
    await this.mail.enqueue(em, {
      to: entry.person.email!,
      template: 'volunteer-welcome',
      locale: profile?.locale ?? 'fr',
      vars: {
        firstName: entry.person.firstName,
        groupName: group.name,
        mailingList: group.mailingList!,
        chatChannel: group.chatChannel!,
        welcomerName: `${ctx.user.firstName} ${ctx.user.lastName}`,
      },
    });
    await this.audit.record(em, ctx, { action: 'welcome_email', entityType: 'GroupVolunteer', entityId: entry.id });
  }

  private async cardById(id: string): Promise<BoardCardResponse> {
    const entry = await this.db.manager.findOneOrFail(GroupVolunteer, {
      where: { id },
      relations: { person: true, group: true },
    });
    return this.card(entry, entry.group, (await this.profilesOf([entry.personId])).get(entry.personId));
  }

  /**
   * Loads a profile with the pipeline places the caller may see; the caller needs the profile itself or one of them.
   */
  private async allowed(
    ctx: RequestContext,
    personId: string,
    action: 'read' | 'update',
    em: EntityManager = this.db.manager,
  ) {
    const profile = await em.findOne(VolunteerProfile, {
      where: { personId },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!profile) throw new NotFound(WorkingGroupError.VolunteerProfileNotFound);
    profile.person = await em.findOneOrFail<Person>('Person', { where: { id: personId } });
    const entries = (await em.find(GroupVolunteer, { where: { personId }, relations: { group: true } })).filter((e) =>
      ctx.ability.can('read', e),
    );
    const may = ctx.ability.can(action, profile) || entries.some((e) => ctx.ability.can(action, e));
    if (!may) throw new Forbidden();
    return { profile, entries };
  }

  async profile(
    ctx: RequestContext,
    personId: string,
    em: EntityManager = this.db.manager,
  ): Promise<VolunteerResponse> {
    const { profile, entries } = await this.allowed(ctx, personId, 'read', em);
    const steps = entries.length
      ? await many(
          em,
          sql`SELECT s.entry_id AS "entryId", s.stage, s.from_stage AS "fromStage", s.at, s.note,
                     p.first_name || ' ' || p.last_name AS "byName"
           FROM working_group_volunteer_steps s LEFT JOIN accounts a ON a.id = s.by_id LEFT JOIN people p ON p.id = a.person_id
           WHERE s.entry_id = ANY(${entries.map((e) => e.id)}) ORDER BY s.at`,
          {
            entryId: col.uuid,
            stage: col.oneOf(PIPELINE_STAGES),
            fromStage: col.oneOf(PIPELINE_STAGES).nullable,
            at: col.timestamp,
            note: col.text.nullable,
            byName: col.text.nullable,
          },
        )
      : [];
    const organisations = await many(
      em,
      sql`SELECT DISTINCT o.id, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
       WHERE m.person_id = ${personId} AND o.archived_at IS NULL ORDER BY o.name`,
      { id: col.uuid, name: col.text },
    );
    const consents = await em.find(VolunteerConsent, {
      where: { personId },
      order: { givenAt: 'DESC' },
      select: { version: true, locale: true, text: true, givenAt: true, groupId: true },
    });
    const { person, ...rest } = profile;
    return {
      personId,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      phone: person.phone,
      profile: rest,
      organisations,
      consents,
      entries: entries.map((e) => ({
        id: e.id,
        groupId: e.groupId,
        personId: e.personId,
        groupName: e.group.name,
        welcomeWithinDays: e.group.welcomeWithinDays,
        stage: e.stage,
        stageChangedAt: e.stageChangedAt,
        createdAt: e.createdAt,
        message: e.message,
        source: e.source,
        overdue: isWelcomeOverdue(e, e.group.welcomeWithinDays),
        steps: steps.filter((s) => s.entryId === e.id).map(({ entryId: _, ...step }) => step),
      })),
    };
  }

  async updateProfile(
    ctx: SignedInContext,
    personId: string,
    dto: UpdateVolunteerProfileDto,
  ): Promise<VolunteerResponse> {
    return this.db.transaction(async (em) => {
      const { profile } = await this.allowed(ctx, personId, 'update', em);
      const { person: _, ...before } = profile;
      const saved = await em.save(VolunteerProfile, Object.assign({ ...before }, dto));
      await this.audit.recordUpdate(em, ctx, 'VolunteerProfile', profile.id, before, saved);
      return this.profile(ctx, personId, em);
    });
  }

  /**
   * Time a volunteer gave to a group, as a working-time contribution of their organisation: the only one they belong
   * to, or the one named when they belong to several. Without any, there is nobody to credit: 409.
   */
  async logTime(ctx: SignedInContext, personId: string, dto: LogVolunteerTimeDto): Promise<LoggedTimeResponse> {
    if (dto.periodEnd < dto.periodStart) throw ValidationFailed.field('periodEnd', WorkingGroupError.EndBeforeStart);
    return this.db.transaction(async (em) => {
      const entry = await em.findOne(GroupVolunteer, { where: { groupId: dto.groupId, personId } });
      if (!entry) throw ValidationFailed.field('groupId', WorkingGroupError.PersonNotVolunteerGroup);
      if (!ctx.ability.can('log_time', entry)) throw new Forbidden();
      const orgs = await many(
        em,
        sql`SELECT DISTINCT o.id FROM memberships m JOIN organisations o ON o.id = m.organisation_id
            WHERE m.person_id = ${personId} AND o.archived_at IS NULL`,
        { id: col.uuid },
      );
      if (orgs.length === 0) {
        throw new Conflict(WorkingGroupError.PersonBelongsNoOrganisationTheir);
      }
      const organisationId = dto.organisationId ?? (orgs.length === 1 ? orgs[0].id : undefined);
      if (!organisationId) throw ValidationFailed.field('organisationId', WorkingGroupError.ChooseOrganisationCredit);
      if (!orgs.some((o) => o.id === organisationId))
        throw ValidationFailed.field('organisationId', WorkingGroupError.PersonDoesNotBelongOrganisation);
      const time = {
        organisationId,
        personId,
        groupId: dto.groupId,
        periodStart: dto.periodStart,
        periodEnd: dto.periodEnd,
        quantity: dto.quantity,
        unit: dto.unit,
        description: dto.description ?? null,
      };
      const contributionId = await this.time.record(em, ctx, time);
      await this.audit.record(em, ctx, {
        action: 'log_time',
        entityType: 'GroupVolunteer',
        entityId: entry.id,
        after: { contributionId, ...time },
      });
      return { contributionId, ...time };
    });
  }
}
