import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { many, maybeOne, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { SourcesService } from '../sources/sources.service';
import type {
  AttendanceQuery,
  CreateEventDto,
  EventQuery,
  UpdateEventDto,
  UpdateRegistrationDto,
} from './dto/event.dto';
import type { AttendanceResponse, EventResponse, RegistrationResponse } from './dto/event.response';
import { EventRegistration } from './event-registration.entity';
import { attendanceShape, eventViews, registrationViews } from './event-views';
import { EventError } from './events.errors';
import { checkOwningGroup } from './owning-group';
import { RegistrationsService } from './registrations.service';
import { TrainingEvent } from './training-event.entity';

@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly registrations: RegistrationsService,
    private readonly sources: SourcesService,
  ) {}

  async list(ctx: RequestContext, q: EventQuery): Promise<Page<EventResponse>> {
    const qb = this.db.getRepository(TrainingEvent).createQueryBuilder('e');
    whereAllowed(qb, ctx.ability, 'read', 'TrainingEvent');
    if (q.kind) qb.andWhere('e.kind = :kind', { kind: q.kind });
    const total = await qb.getCount();
    const rows = await qb
      .select('e.id', 'id')
      .orderBy('e.starts_at', q.order === 'desc' ? 'DESC' : 'ASC')
      .addOrderBy('e.id')
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .getRawMany<{ id: string }>();
    const items = await eventViews(
      this.db,
      rows.map((r) => r.id),
    );
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async get(ctx: RequestContext, id: string): Promise<EventResponse> {
    await this.findAllowed(ctx, id, 'read');
    return (await eventViews(this.db, [id]))[0];
  }

  async create(ctx: SignedInContext, dto: CreateEventDto): Promise<EventResponse> {
    const id = await this.db.transaction(async (em) => {
      const event = em.create(TrainingEvent, {
        ...dto,
        startsAt: new Date(dto.startsAt),
        endsAt: new Date(dto.endsAt),
        registrationOpen: dto.registrationOpen ?? false,
      });
      await this.check(em, ctx, event, 'create');
      const saved = await em.save(event);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'TrainingEvent',
        entityId: saved.id,
        after: saved,
      });
      return saved.id;
    });
    return (await eventViews(this.db, [id]))[0];
  }

  /** More places call the waiting list in at once; fewer than the people confirmed is refused. */
  async update(ctx: SignedInContext, id: string, dto: UpdateEventDto): Promise<EventResponse> {
    await this.db.transaction(async (em) => {
      const event = await this.findAllowed(ctx, id, 'update', em);
      const before = { ...event };
      Object.assign(event, {
        ...dto,
        ...(dto.startsAt && { startsAt: new Date(dto.startsAt) }),
        ...(dto.endsAt && { endsAt: new Date(dto.endsAt) }),
      });
      await this.check(em, ctx, event, 'update');
      const confirmed = await em.countBy(EventRegistration, { eventId: id, status: 'confirmed' });
      if (event.capacity < confirmed) throw ValidationFailed.field('capacity', EventError.CapacityBelowConfirmed);
      await this.audit.recordUpdate(em, ctx, 'TrainingEvent', id, before, await em.save(event));
      await this.registrations.promote(em, event);
    });
    return (await eventViews(this.db, [id]))[0];
  }

  /** The people registered, for who manages the event. */
  async registrationsOf(ctx: RequestContext, id: string): Promise<RegistrationResponse[]> {
    await this.findAllowed(ctx, id, 'update');
    return registrationViews(this.db, id);
  }

  /**
   * Attendance and the source a person came for. A training attended for a source whose path has reached the quality
   * review moves it to "training done" (the step the training stands for), dated the training's day.
   */
  async updateRegistration(
    ctx: SignedInContext,
    id: string,
    registrationId: string,
    dto: UpdateRegistrationDto,
  ): Promise<RegistrationResponse> {
    await this.db.transaction(async (em) => {
      const event = await this.findAllowed(ctx, id, 'update', em);
      const registration = await em.findOneBy(EventRegistration, { id: registrationId, eventId: id });
      if (!registration) throw new NotFound(EventError.RegistrationNotFound);
      if (dto.sourceId) {
        const found = await maybeOne(em, sql`SELECT id FROM sources WHERE id = ${dto.sourceId}`, { id: col.uuid });
        if (!found) throw ValidationFailed.field('sourceId', EventError.UnknownSource);
      }
      const before = { ...registration };
      Object.assign(registration, dto);
      await em.save(registration);
      await this.audit.recordUpdate(em, ctx, 'EventRegistration', registrationId, before, registration);
      if (registration.attended && registration.sourceId && event.kind === 'training') {
        await this.sources.trainingDone(em, ctx, registration.sourceId, event);
      }
    });
    return (await registrationViews(this.db, id)).find((r) => r.id === registrationId)!;
  }

  /** Who attended which training and gathering: a person's, or a source's people's, among the events one manages. */
  async attendance(ctx: RequestContext, q: AttendanceQuery): Promise<AttendanceResponse[]> {
    if (!q.personId && !q.sourceId) throw ValidationFailed.field('personId', EventError.AttendanceWhose);
    const managed = this.db.getRepository(TrainingEvent).createQueryBuilder('e').select('e.id');
    whereAllowed(managed, ctx.ability, 'update', 'TrainingEvent');
    return many(
      this.db,
      sql`SELECT r.id AS "registrationId", e.id AS "eventId", e.title, e.kind, e.starts_at AS "startsAt",
            r.person_id AS "personId", p.first_name || ' ' || p.last_name AS "personName", s.name AS "sourceName",
            r.status, r.attended
          FROM event_registrations r JOIN training_events e ON e.id = r.event_id JOIN people p ON p.id = r.person_id
          LEFT JOIN sources s ON s.id = r.source_id
          WHERE e.id IN (${sql.builder(managed)}) AND r.status <> 'cancelled'
            AND (${q.personId ?? null}::uuid IS NULL OR r.person_id = ${q.personId ?? null})
            AND (${q.sourceId ?? null}::uuid IS NULL OR r.source_id = ${q.sourceId ?? null})
          ORDER BY e.starts_at DESC, p.last_name, p.first_name`,
      attendanceShape,
    );
  }

  private async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<TrainingEvent> {
    const event = await em.findOne(TrainingEvent, {
      where: { id },
      lock: em === this.db.manager ? undefined : { mode: 'pessimistic_write' },
    });
    if (!event) throw new NotFound(EventError.EventNotFound);
    if (!ctx.ability.can(action, event)) throw new Forbidden();
    return event;
  }

  private async check(em: EntityManager, ctx: RequestContext, event: TrainingEvent, action: 'create' | 'update') {
    if (event.endsAt <= event.startsAt) throw ValidationFailed.field('endsAt', EventError.EndsBeforeStart);
    await checkOwningGroup(em, ctx, 'TrainingEvent', event, action);
  }
}
