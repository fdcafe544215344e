import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { Organisation } from '../organisations/organisation.entity';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import type {
  CreatePersonDto,
  MembershipInput,
  PersonExportQuery,
  PersonQuery,
  UpdatePersonDto,
} from './dto/person.dto';
import { PEOPLE_EXPORT } from './person-export';
import type { PersonResponse as PersonView } from './dto/person.response';
import { Membership } from './membership.entity';
import { Person } from './person.entity';
import { PeopleError } from './people.errors';

/** Other domains name membership roles through this service (docs/layering.md). */
export { MEMBERSHIP_ROLES, type MembershipRole } from './membership.entity';

const SORT_COLUMNS = {
  lastName: 'person.last_name',
  firstName: 'person.first_name',
  email: 'person.email',
  createdAt: 'person.created_at',
};

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The person a public form names by their address: created if unknown, else the known one left as it was (an
   * anonymous visitor must not rename anyone), so the form's answer tells nothing about who is known.
   */
  async findOrCreateByEmail(
    em: EntityManager,
    p: { firstName: string; lastName: string; email: string; phone?: string | null },
  ): Promise<Person> {
    await em
      .createQueryBuilder()
      .insert()
      .into(Person)
      .values({ firstName: p.firstName, lastName: p.lastName, email: p.email, phone: p.phone ?? null })
      .orIgnore()
      .execute();
    return em
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('lower(p.email) = :email', { email: p.email.toLowerCase() })
      .getOneOrFail();
  }

  private baseQuery(em: EntityManager = this.db.manager) {
    return em
      .getRepository(Person)
      .createQueryBuilder('person')
      .leftJoinAndSelect('person.memberships', 'membership')
      .leftJoinAndSelect('membership.organisation', 'organisation')
      .addSelect('EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = person.id)', 'has_account');
  }

  async list(ctx: RequestContext, q: PersonQuery): Promise<Page<PersonView>> {
    const qb = this.filtered(ctx, q);
    const total = await qb.getCount();
    const items = await this.page(qb, (q.page - 1) * q.pageSize, q.pageSize);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** Every person the list would show (all its pages), CSV. */
  export(ctx: RequestContext, q: PersonExportQuery): ExportFile {
    const qb = this.filtered(ctx, q);
    return writeExport(
      PEOPLE_EXPORT,
      inBatches((offset, limit) => this.page(qb, offset, limit)),
      ctx.locale,
      q.format,
    );
  }

  /** The ids of the people the list's filters keep, in its order. */
  private filtered(ctx: RequestContext, q: Omit<PersonQuery, 'page' | 'pageSize'>) {
    const qb = this.db.getRepository(Person).createQueryBuilder('person').select('person.id');
    whereAllowed(qb, ctx.ability, 'read', 'Person');
    if (!q.includeArchived) qb.andWhere('person.archived_at IS NULL');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`lower(person.first_name || ' ' || person.last_name) LIKE :like`, { like })
            .orWhere('lower(person.email) LIKE :like'),
        ),
      );
    }
    if (q.organisationId)
      qb.andWhere('EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = person.id AND m.organisation_id = :org)', {
        org: q.organisationId,
      });
    if (q.hasAccount !== undefined)
      qb.andWhere(`${q.hasAccount ? '' : 'NOT '}EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = person.id)`);
    return qb.orderBy(SORT_COLUMNS[q.sort], q.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST').addOrderBy('person.id');
  }

  /** One page of the filtered people, as the API shows them. */
  private async page(filtered: SelectQueryBuilder<Person>, offset: number, limit: number): Promise<PersonView[]> {
    const ids = (await filtered.clone().offset(offset).limit(limit).getRawMany<{ person_id: string }>()).map(
      (r) => r.person_id,
    );
    const views = ids.length ? await this.views(this.baseQuery().where({ id: In(ids) })) : [];
    const byId = new Map(views.map((v) => [v.id, v]));
    return ids.map((id) => byId.get(id)!);
  }

  private async views(qb: ReturnType<PeopleService['baseQuery']>): Promise<PersonView[]> {
    const { entities, raw } = await qb.getRawAndEntities<{ person_id: string; has_account: boolean }>();
    const hasAccount = new Map(raw.map((r) => [r.person_id, r.has_account]));
    return entities.map((p) => ({
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      email: p.email,
      phone: p.phone,
      notes: p.notes,
      archivedAt: p.archivedAt,
      createdAt: p.createdAt,
      hasAccount: hasAccount.get(p.id) ?? false,
      memberships: p.memberships.map((m) => ({
        id: m.id,
        organisationId: m.organisationId,
        organisationName: m.organisation.name,
        role: m.role,
      })),
    }));
  }

  private async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<Person> {
    const person = await em.findOne(Person, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!person) throw new NotFound(PeopleError.PersonNotFound);
    if (!ctx.ability.can(action, person)) throw new Forbidden();
    return person;
  }

  async get(ctx: RequestContext, id: string, em?: EntityManager): Promise<PersonView> {
    await this.findAllowed(ctx, id, 'read', em);
    const [view] = await this.views(this.baseQuery(em).where('person.id = :id', { id }));
    return view;
  }

  async create(ctx: SignedInContext, dto: CreatePersonDto): Promise<PersonView> {
    return this.db.transaction(async (em) => {
      const { memberships, ...fields } = dto;
      if (fields.email) await this.checkEmailFree(em, fields.email);
      const person = await em.save(em.create(Person, fields));
      await this.audit.record(em, ctx, { action: 'create', entityType: 'Person', entityId: person.id, after: person });
      if (memberships?.length) await this.replaceMemberships(em, ctx, person.id, memberships);
      return this.get(ctx, person.id, em);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdatePersonDto): Promise<PersonView> {
    return this.db.transaction(async (em) => {
      const person = await this.findAllowed(ctx, id, 'update', em);
      if (person.archivedAt) throw new Conflict(PeopleError.ArchivedRestore);
      const { memberships, ...fields } = dto;
      if (fields.email && fields.email !== person.email?.toLowerCase()) await this.checkEmailFree(em, fields.email);
      const before = { ...person };
      const saved = await em.save(Object.assign(person, fields));
      await this.audit.recordUpdate(em, ctx, 'Person', id, before, saved);
      if (memberships) {
        // Changing someone's organisations changes their COPIL scope: only those who manage people may.
        if (!ctx.ability.can('create', 'Person')) throw new Forbidden();
        await this.replaceMemberships(em, ctx, id, memberships);
      }
      return this.get(ctx, id, em);
    });
  }

  async setArchived(ctx: SignedInContext, id: string, archived: boolean): Promise<PersonView> {
    return this.db.transaction(async (em) => {
      const person = await this.findAllowed(ctx, id, 'archive', em);
      if (Boolean(person.archivedAt) !== archived) {
        await em.update(Person, id, { archivedAt: archived ? new Date() : null });
        await this.audit.record(em, ctx, {
          action: archived ? 'archive' : 'restore',
          entityType: 'Person',
          entityId: id,
        });
      }
      return this.get(ctx, id, em);
    });
  }

  private async replaceMemberships(
    em: EntityManager,
    ctx: SignedInContext,
    personId: string,
    wanted: MembershipInput[],
  ): Promise<void> {
    const unique = [...new Map(wanted.map((m) => [`${m.organisationId}:${m.role}`, m])).values()];
    const orgIds = [...new Set(unique.map((m) => m.organisationId))];
    const existing = new Set(
      (orgIds.length
        ? await em.find<Organisation>('Organisation', { select: { id: true }, where: { id: In(orgIds) } })
        : []
      ).map((o) => o.id),
    );
    const unknown = wanted.map((m, i) => [i, m] as const).filter(([, m]) => !existing.has(m.organisationId));
    if (unknown.length) {
      throw new ValidationFailed(
        Object.fromEntries(
          unknown.map(([i]) => [`memberships.${i}.organisationId`, [PeopleError.UnknownOrganisation]]),
        ),
      );
    }
    const current = await em.find(Membership, { where: { personId } });
    const key = (m: { organisationId: string; role: string }) => `${m.organisationId}:${m.role}`;
    const keep = new Set(unique.map(key));
    const had = new Set(current.map(key));
    const removed = current.filter((m) => !keep.has(key(m)));
    const added = unique.filter((m) => !had.has(key(m)));
    if (removed.length)
      await em.delete(
        Membership,
        removed.map((m) => m.id),
      );
    if (added.length)
      await em.insert(
        Membership,
        added.map((m) => ({ personId, ...m })),
      );
    if (removed.length || added.length) {
      await this.audit.record(em, ctx, {
        action: 'update',
        entityType: 'Person',
        entityId: personId,
        before: { memberships: current.map(key) },
        after: { memberships: unique.map(key) },
      });
    }
  }

  private async checkEmailFree(em: EntityManager, email: string): Promise<void> {
    const taken = await em
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('lower(p.email) = lower(:email)', { email })
      .getExists();
    if (taken) throw new ValidationFailed({ email: [PeopleError.SomeoneAlreadyHasAddress] });
  }
}
