import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed, type FieldErrors } from '../../common/errors';
import { unknownLinks } from '../../permissions/known-links';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { Membership } from '../people/membership.entity';
import type { Person } from '../people/person.entity';
import type {
  AgendaItemInput,
  AttendeeInput,
  CreateMeetingDto,
  DocumentInput,
  MeetingExportQuery,
  MeetingQuery,
  UpdateMeetingDto,
} from './dto/meeting.dto';
import { MeetingAgendaItem } from './meeting-agenda-item.entity';
import { ATTENDANCE_STATUSES, MeetingAttendee } from './meeting-attendee.entity';
import { MeetingDocument } from './meeting-document.entity';
import { Decision } from './decision.entity';
import { readsEveryDecision } from './decisions.service';
import type { MeetingListItemResponse, MeetingResponse } from './dto/meeting.response';
import { Meeting } from './meeting.entity';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { GovernanceError } from './governance.errors';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import { MEETINGS_EXPORT } from './meeting-export';

const SORT_COLUMNS = { startsAt: 'm.starts_at', title: 'm.title', kind: 'm.kind' };

@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, q: MeetingQuery): Promise<Page<MeetingListItemResponse>> {
    const qb = this.filtered(ctx, q);
    const total = await qb.getCount();
    const items = await this.items(
      ctx,
      qb
        .clone()
        .offset((q.page - 1) * q.pageSize)
        .limit(q.pageSize),
    );
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** Every meeting the list would show (all its pages), in its order: CSV. */
  export(ctx: RequestContext, q: MeetingExportQuery): ExportFile {
    const qb = this.filtered(ctx, q);
    return writeExport(
      MEETINGS_EXPORT,
      inBatches((offset, limit) => this.items(ctx, qb.clone().offset(offset).limit(limit))),
      ctx.locale,
      q.format,
    );
  }

  /** The meetings the reader may read that the list's filters keep, in its order. */
  private filtered(ctx: RequestContext, q: Omit<MeetingQuery, 'page' | 'pageSize'>) {
    const qb = this.db.getRepository(Meeting).createQueryBuilder('m');
    whereAllowed(qb, ctx.ability, 'read', 'Meeting');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) => w.where('lower(m.title) LIKE :like', { like }).orWhere('lower(m.place) LIKE :like')),
      );
    }
    if (q.kind) qb.andWhere('m.kind = :kind', { kind: q.kind });
    if (q.from)
      qb.andWhere(`m.starts_at >= (:from::date::timestamp AT TIME ZONE '${DISPLAY_TIME_ZONE}')`, { from: q.from });
    if (q.to)
      qb.andWhere(`m.starts_at < ((:to::date + 1)::timestamp AT TIME ZONE '${DISPLAY_TIME_ZONE}')`, { to: q.to });
    if (q.when) qb.andWhere(q.when === 'upcoming' ? 'm.ends_at >= now()' : 'm.ends_at < now()');
    return qb.orderBy(SORT_COLUMNS[q.sort], q.order === 'desc' ? 'DESC' : 'ASC').addOrderBy('m.id');
  }

  /** One page of the list: each meeting with its counts (decisions: those the reader may read). */
  private async items(ctx: RequestContext, qb: SelectQueryBuilder<Meeting>): Promise<MeetingListItemResponse[]> {
    qb.select(['m.id', 'm.kind', 'm.title', 'm.startsAt', 'm.endsAt', 'm.place', 'm.videoLink', 'm.workingGroupId'])
      .addSelect('(SELECT count(*)::int FROM meeting_attendees a WHERE a.meeting_id = m.id)', 'attendee_count')
      .addSelect(
        `(SELECT count(*)::int FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.status = 'present')`,
        'present_count',
      )
      .addSelect(
        `(SELECT count(*)::int FROM decisions d WHERE d.meeting_id = m.id AND (d.visibility = 'public' OR :everyDecision))`,
        'decision_count',
      )
      .setParameter('everyDecision', readsEveryDecision(ctx));
    const { entities, raw } = await qb.getRawAndEntities<{
      attendee_count: number;
      present_count: number;
      decision_count: number;
    }>();
    return entities.map((m, i) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      place: m.place,
      videoLink: m.videoLink,
      workingGroupId: m.workingGroupId,
      attendeeCount: raw[i].attendee_count,
      presentCount: raw[i].present_count,
      decisionCount: raw[i].decision_count,
    }));
  }

  /** Loads a meeting the caller may act on, or fails: 404 if it does not exist, 403 if not theirs. */
  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<Meeting> {
    const meeting = await em.findOne(Meeting, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!meeting) throw new NotFound(GovernanceError.MeetingNotFound);
    // Checked with its attendees (the rule "reads the meetings they attend"), on a copy: the entity saved stays
    // without.
    const attendees = await em.find(MeetingAttendee, { select: { personId: true }, where: { meetingId: id } });
    if (!ctx.ability.can(action, Object.assign(new Meeting(), meeting, { attendees }))) throw new Forbidden();
    return meeting;
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<MeetingResponse> {
    const meeting = await this.findAllowed(ctx, id, 'read', em);
    return this.view(ctx, meeting, em);
  }

  private async view(ctx: RequestContext, meeting: Meeting, em: EntityManager): Promise<MeetingResponse> {
    const { invitationSequence: _seq, ...fields } = meeting;
    // One after the other: after a change they run inside its transaction, on one connection.
    const agenda = await em.find(MeetingAgendaItem, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
    const attendees = await many(
      em,
      sql`SELECT a.id, a.person_id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName",
              a.organisation_id AS "organisationId", o.name AS "organisationName", a.status
       FROM meeting_attendees a JOIN people p ON p.id = a.person_id LEFT JOIN organisations o ON o.id = a.organisation_id
       WHERE a.meeting_id = ${meeting.id} ORDER BY p.last_name, p.first_name`,
      {
        id: col.uuid,
        personId: col.uuid,
        firstName: col.text,
        lastName: col.text,
        organisationId: col.uuid.nullable,
        organisationName: col.text.nullable,
        status: col.oneOf(ATTENDANCE_STATUSES),
      },
    );
    const documents = await em.find(MeetingDocument, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
    const decisions = await whereAllowed(
      em.getRepository(Decision).createQueryBuilder('d').where('d.meeting_id = :id', { id: meeting.id }),
      ctx.ability,
      'read',
      'Decision',
    )
      .select([
        'd.id',
        'd.number',
        'd.title',
        'd.outcome',
        'd.method',
        'd.decidedOn',
        'd.visibility',
        'd.amendsDecisionId',
      ])
      .orderBy('d.number')
      .getMany();
    const strip = <T extends { meeting?: unknown; meetingId?: string }>({ meeting: _m, meetingId: _id, ...rest }: T) =>
      rest;
    return { ...fields, agenda: agenda.map(strip), attendees, documents: documents.map(strip), decisions };
  }

  async create(ctx: SignedInContext, dto: CreateMeetingDto): Promise<MeetingResponse> {
    return this.db.transaction(async (em) => {
      const { agenda, attendees, documents, ...fields } = dto;
      await checkMeeting(em, fields);
      const meeting = em.create(Meeting, {
        ...fields,
        startsAt: new Date(fields.startsAt),
        endsAt: new Date(fields.endsAt),
      });
      if (!ctx.ability.can('create', meeting)) throw new Forbidden();
      await em.save(meeting);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'Meeting',
        entityId: meeting.id,
        after: meeting,
      });
      await this.replaceChildren(em, ctx, meeting, { agenda, attendees, documents });
      return this.view(ctx, meeting, em);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateMeetingDto): Promise<MeetingResponse> {
    return this.db.transaction(async (em) => {
      const meeting = await this.findAllowed(ctx, id, 'update', em);
      const { agenda, attendees, documents, ...fields } = dto;
      const before = { ...meeting };
      Object.assign(meeting, fields);
      if (fields.startsAt) meeting.startsAt = new Date(fields.startsAt);
      if (fields.endsAt) meeting.endsAt = new Date(fields.endsAt);
      if (!ctx.ability.can('update', meeting)) throw new Forbidden();
      await checkMeeting(em, meeting);
      const saved = await em.save(meeting);
      await this.audit.recordUpdate(em, ctx, 'Meeting', id, before, saved);
      await this.replaceChildren(em, ctx, saved, { agenda, attendees, documents });
      return this.view(ctx, saved, em);
    });
  }

  /** Each list given replaces the one stored; a list left out stays as it is. */
  private async replaceChildren(
    em: EntityManager,
    ctx: SignedInContext,
    meeting: Meeting,
    lists: { agenda?: AgendaItemInput[]; attendees?: AttendeeInput[]; documents?: DocumentInput[] },
  ): Promise<void> {
    const changes: Record<string, unknown> = {};
    if (lists.agenda) {
      await em.delete(MeetingAgendaItem, { meetingId: meeting.id });
      if (lists.agenda.length) {
        await em.insert(
          MeetingAgendaItem,
          lists.agenda.map((item, position) => ({ ...item, meetingId: meeting.id, position })),
        );
      }
      changes.agenda = lists.agenda.map((a) => a.title);
    }
    if (lists.documents) {
      await em.delete(MeetingDocument, { meetingId: meeting.id });
      if (lists.documents.length) {
        await em.insert(
          MeetingDocument,
          lists.documents.map((d, position) => ({ ...d, meetingId: meeting.id, position })),
        );
      }
      changes.documents = lists.documents.map((d) => d.url);
    }
    if (lists.attendees) {
      await checkAttendees(em, lists.attendees);
      const before = await em.find(MeetingAttendee, { where: { meetingId: meeting.id } });
      await em.delete(MeetingAttendee, { meetingId: meeting.id });
      if (lists.attendees.length) {
        await em.insert(
          MeetingAttendee,
          lists.attendees.map((a) => ({
            meetingId: meeting.id,
            personId: a.personId,
            organisationId: a.organisationId ?? null,
            status: a.status ?? 'invited',
          })),
        );
      }
      const key = (a: { personId: string; status?: string; organisationId?: string | null }) =>
        `${a.personId}:${a.organisationId ?? ''}:${a.status ?? 'invited'}`;
      const was = before.map(key).sort();
      const now = lists.attendees.map(key).sort();
      if (JSON.stringify(was) !== JSON.stringify(now)) {
        await this.audit.record(em, ctx, {
          action: 'update',
          entityType: 'Meeting',
          entityId: meeting.id,
          before: { attendees: was },
          after: { attendees: now },
        });
      }
    }
    if (changes.agenda || changes.documents) {
      await this.audit.record(em, ctx, {
        action: 'update',
        entityType: 'Meeting',
        entityId: meeting.id,
        after: changes,
      });
    }
  }
}

async function checkMeeting(
  em: EntityManager,
  m: { startsAt: string | Date; endsAt: string | Date; workingGroupId?: string | null },
): Promise<void> {
  const fields = await unknownLinks(em, { workingGroupId: ['working_groups', m.workingGroupId] });
  if (new Date(m.endsAt).getTime() <= new Date(m.startsAt).getTime())
    fields.endsAt = [GovernanceError.EndMustComeAfterStart];
  if (Object.keys(fields).length) throw new ValidationFailed(fields);
}

/** Every attendee is a known person, listed once, representing one of their own organisations. */
async function checkAttendees(em: EntityManager, attendees: AttendeeInput[]): Promise<void> {
  const personIds = [...new Set(attendees.map((a) => a.personId))];
  const known = new Set(
    (personIds.length
      ? await em.find<Person>('Person', { select: { id: true }, where: { id: In(personIds) } })
      : []
    ).map((p) => p.id),
  );
  const memberships = personIds.length
    ? await em.find<Membership>('Membership', { where: { personId: In(personIds) } })
    : [];
  const belongs = new Set(memberships.map((m) => `${m.personId}:${m.organisationId}`));
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  attendees.forEach((a, i) => {
    if (!known.has(a.personId)) fields[`attendees.${i}.personId`] = [GovernanceError.UnknownPerson];
    else if (seen.has(a.personId)) fields[`attendees.${i}.personId`] = [GovernanceError.PersonAlreadyListed];
    else if (a.organisationId && !belongs.has(`${a.personId}:${a.organisationId}`)) {
      fields[`attendees.${i}.organisationId`] = [GovernanceError.PersonNotPartOrganisation];
    }
    seen.add(a.personId);
  });
  if (Object.keys(fields).length) throw new ValidationFailed(fields);
}
