import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { AuditService } from '../../audit/audit.service';
import { Conflict, NotFound, ValidationFailed } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { maybeOne, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { accessArchive } from './access-export';
import { personSubject } from './data-subject';
import type { CreatePrivacyRequestDto, PrivacyRequestQuery } from './dto/privacy-request.dto';
import type { PrivacyRequestResponse as RequestView } from './dto/privacy-request.response';
import { ErasureService } from './erasure.service';
import { rowsAbout } from './personal-data';
import { PrivacyRequest, type PrivacyRequestKind, type PrivacyRequestStatus } from './privacy-request.entity';
import { PrivacyError } from './privacy.errors';

const TODAY = `(now() AT TIME ZONE '${DISPLAY_TIME_ZONE}')::date`;

interface RawRequest {
  id: string;
  person_id: string;
  person_name: string;
  kind: PrivacyRequestKind;
  received_at: Date;
  deadline: string;
  overdue: boolean;
  status: PrivacyRequestStatus;
  handled_by_id: string | null;
  handled_by_name: string | null;
  handled_at: Date | null;
}

const toView = (r: RawRequest): RequestView => ({
  id: r.id,
  personId: r.person_id,
  personName: r.person_name,
  kind: r.kind,
  receivedAt: r.received_at,
  deadline: r.deadline,
  overdue: r.overdue,
  status: r.status,
  handledById: r.handled_by_id,
  handledByName: r.handled_by_name,
  handledAt: r.handled_at,
});

@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly erasure: ErasureService,
  ) {}

  private query(em: EntityManager = this.db.manager) {
    return em
      .getRepository(PrivacyRequest)
      .createQueryBuilder('r')
      .innerJoin('people', 'p', 'p.id = r.person_id')
      .leftJoin('accounts', 'ha', 'ha.id = r.handled_by_id')
      .leftJoin('people', 'hp', 'hp.id = ha.person_id')
      .select([
        'r.id AS id',
        'r.person_id AS person_id',
        `p.first_name || ' ' || p.last_name AS person_name`,
        'r.kind AS kind',
        'r.received_at AS received_at',
        `to_char(r.deadline, 'YYYY-MM-DD') AS deadline`,
        `(r.status = 'pending' AND r.deadline < ${TODAY}) AS overdue`,
        'r.status AS status',
        'r.handled_by_id AS handled_by_id',
        `hp.first_name || ' ' || hp.last_name AS handled_by_name`,
        'r.handled_at AS handled_at',
      ]);
  }

  async list(ctx: RequestContext, q: PrivacyRequestQuery): Promise<Page<RequestView>> {
    const qb = this.query();
    whereAllowed(qb, ctx.ability, 'read', 'PrivacyRequest');
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    if (q.personId) qb.andWhere('r.person_id = :personId', { personId: q.personId });
    const total = await qb.getCount();
    const rows = await qb
      .orderBy(`r.status = 'pending'`, 'DESC')
      .addOrderBy('r.deadline', q.order === 'desc' ? 'DESC' : 'ASC')
      .addOrderBy('r.id')
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .getRawMany<RawRequest>();
    return { items: rows.map(toView), total, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string, em: EntityManager = this.db.manager): Promise<RequestView> {
    const row = await this.query(em).where('r.id = :id', { id }).getRawOne<RawRequest>();
    if (!row) throw new NotFound(PrivacyError.RequestNotFound);
    return toView(row);
  }

  async create(ctx: SignedInContext, dto: CreatePrivacyRequestDto): Promise<RequestView> {
    return this.db.transaction(async (em) => {
      const person = await maybeOne(em, sql`SELECT id FROM people WHERE id = ${dto.personId}`, { id: col.uuid });
      if (!person) throw ValidationFailed.field('personId', PrivacyError.PersonNotFound);
      const received = dto.receivedOn ?? null;
      const { future } = await one(em, sql`SELECT ${received}::date > ${sql.trusted(TODAY)} AS future`, {
        future: col.bool.nullable,
      });
      if (future) throw ValidationFailed.field('receivedOn', PrivacyError.ReceivedInFuture);
      // Received today: now. Received earlier: that day's start in Paris. The deadline is a month later, in Paris.
      const { id } = await one(
        em,
        sql`WITH r AS (SELECT CASE WHEN ${received}::date IS NULL OR ${received}::date = ${sql.trusted(TODAY)}
                  THEN now() ELSE ${received}::date::timestamp AT TIME ZONE ${DISPLAY_TIME_ZONE} END AS at)
            INSERT INTO privacy_requests (person_id, kind, received_at, deadline)
            SELECT ${dto.personId}, ${dto.kind}, r.at, ((r.at AT TIME ZONE ${DISPLAY_TIME_ZONE})::date + interval '1 month')::date
            FROM r RETURNING id`,
        { id: col.uuid },
      );
      const view = await this.get(id, em);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'PrivacyRequest',
        entityId: id,
        after: { personId: view.personId, kind: view.kind, receivedAt: view.receivedAt, deadline: view.deadline },
      });
      return view;
    });
  }

  /** The access (or portability) answer: a zip of everything held about the person. Marks the request answered. */
  async exportFor(ctx: SignedInContext, id: string): Promise<{ fileName: string; content: Buffer }> {
    return this.db.transaction(async (em) => {
      const request = await this.lockPending(em, id, ['access', 'portability'], PrivacyError.NotAnAccessRequest, true);
      const subject = await personSubject(em, request.personId);
      if (!subject) throw new NotFound(PrivacyError.PersonNotFound);
      const at = new Date();
      const content = await accessArchive(
        {
          personId: subject.personId,
          accountIds: subject.accountIds,
          subscriberIds: subject.subscriberIds,
          donorIds: subject.donorIds,
        },
        await rowsAbout(em, subject),
        at,
      );
      await this.markDone(em, ctx, request, 'export');
      return { fileName: `donnees-personnelles-${at.toISOString().slice(0, 10)}.zip`, content };
    });
  }

  /** Carries out an erasure request, in one transaction with its audit entries. */
  async erase(ctx: SignedInContext, id: string): Promise<RequestView> {
    return this.db.transaction(async (em) => {
      const request = await this.lockPending(em, id, ['erasure'], PrivacyError.NotAnErasure, false);
      const subject = await personSubject(em, request.personId);
      if (!subject) throw new NotFound(PrivacyError.PersonNotFound);
      await this.erasure.erase(em, ctx, subject, 'request');
      await this.markDone(em, ctx, request, 'erase');
      return this.get(id, em);
    });
  }

  private async lockPending(
    em: EntityManager,
    id: string,
    kinds: PrivacyRequestKind[],
    wrongKind: PrivacyError,
    againWhenDone: boolean,
  ): Promise<PrivacyRequest> {
    const request = await em
      .getRepository(PrivacyRequest)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    if (!request) throw new NotFound(PrivacyError.RequestNotFound);
    if (!kinds.includes(request.kind)) throw new Conflict(wrongKind);
    if (request.status !== 'pending' && !againWhenDone) throw new Conflict(PrivacyError.AlreadyHandled);
    return request;
  }

  private async markDone(em: EntityManager, ctx: SignedInContext, request: PrivacyRequest, action: string) {
    if (request.status === 'pending')
      await em.update(PrivacyRequest, request.id, { status: 'done', handledById: ctx.user.id, handledAt: new Date() });
    await this.audit.record(em, ctx, {
      action,
      entityType: 'PrivacyRequest',
      entityId: request.id,
      after: { kind: request.kind, status: 'done' },
    });
  }
}
