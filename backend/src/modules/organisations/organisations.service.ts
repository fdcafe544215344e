import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { paginate, Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import type {
  CreateOrganisationDto,
  OrganisationExportQuery,
  OrganisationQuery,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { ORGANISATIONS_EXPORT } from './organisation-export';
import type { Person } from '../people/person.entity';
import type { OrganisationDetailResponse, OrganisationPersonResponse } from './dto/organisation.response';
import { Organisation } from './organisation.entity';
import { OrganisationError } from './organisations.errors';

const SORT_COLUMNS = {
  name: 'o.name',
  kind: 'o.kind',
  membershipStatus: 'o.membership_status',
  territory: 'o.territory',
  createdAt: 'o.created_at',
};

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, q: OrganisationQuery): Promise<Page<Organisation>> {
    return paginate(this.filtered(ctx, q), q);
  }

  /** The list's filters and order, as the export applies them too. */
  private filtered(ctx: RequestContext, q: Omit<OrganisationQuery, 'page' | 'pageSize'>) {
    const qb = this.db.getRepository(Organisation).createQueryBuilder('o');
    whereAllowed(qb, ctx.ability, 'read', 'Organisation');
    if (!q.includeArchived) qb.andWhere('o.archived_at IS NULL');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('lower(o.name) LIKE :like', { like })
            .orWhere('lower(o.territory) LIKE :like')
            .orWhere('lower(o.description) LIKE :like'),
        ),
      );
    }
    if (q.kind) qb.andWhere('o.kind = :kind', { kind: q.kind });
    if (q.membershipStatus) qb.andWhere('o.membership_status = :status', { status: q.membershipStatus });
    if (q.territory) qb.andWhere('o.territory = :territory', { territory: q.territory });
    return qb
      .orderBy(SORT_COLUMNS[q.sort], q.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('o.id', 'ASC');
  }

  /** Every organisation the list would show (all its pages), in the reader's language, CSV or xlsx. */
  export(ctx: RequestContext, q: OrganisationExportQuery): ExportFile {
    const qb = this.filtered(ctx, q);
    const batches = inBatches((offset, limit) => qb.clone().skip(offset).take(limit).getMany());
    return writeExport(ORGANISATIONS_EXPORT, batches, ctx.locale, q.format);
  }

  async territories(ctx: RequestContext): Promise<string[]> {
    const qb = this.db
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .select('DISTINCT o.territory', 'territory')
      .where('o.territory IS NOT NULL')
      .orderBy('o.territory');
    whereAllowed(qb, ctx.ability, 'read', 'Organisation');
    return (await qb.getRawMany<{ territory: string }>()).map((r) => r.territory);
  }

  /** Loads an organisation the caller may act on, or fails: 404 if it does not exist, 403 if not theirs. */
  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<Organisation> {
    const org = await em.findOne(Organisation, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!org) throw new NotFound(OrganisationError.OrganisationNotFound);
    if (!ctx.ability.can(action, org)) throw new Forbidden();
    return org;
  }

  /** The organisation and its people: only those the caller may read (a volunteer sees no one but themselves). */
  async get(ctx: RequestContext, id: string): Promise<OrganisationDetailResponse> {
    const org = await this.findAllowed(ctx, id, 'read');
    const qb = this.db
      .getRepository<Person>('Person')
      .createQueryBuilder('p')
      .innerJoin('Membership', 'm', 'm.person_id = p.id AND m.organisation_id = :id', { id })
      .select([
        'm.id AS "membershipId"',
        'p.id AS "personId"',
        'p.first_name AS "firstName"',
        'p.last_name AS "lastName"',
        'p.email AS email',
        'm.role AS role',
      ])
      .where('p.archived_at IS NULL')
      .orderBy('p.last_name')
      .addOrderBy('p.first_name');
    whereAllowed(qb, ctx.ability, 'read', 'Person');
    return { ...org, people: await qb.getRawMany<OrganisationPersonResponse>() };
  }

  async create(ctx: SignedInContext, dto: CreateOrganisationDto): Promise<Organisation> {
    return this.db.transaction(async (em) => {
      await this.checkNameFree(em, dto.name);
      await this.checkNumbersFree(em, dto, null);
      const org = await em.save(em.create(Organisation, { ...dto, hasCopilSeat: dto.hasCopilSeat ?? false }));
      await this.audit.record(em, ctx, { action: 'create', entityType: 'Organisation', entityId: org.id, after: org });
      return org;
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateOrganisationDto): Promise<Organisation> {
    return this.db.transaction(async (em) => {
      const org = await this.findAllowed(ctx, id, 'update', em);
      if (org.archivedAt) throw new Conflict(OrganisationError.ArchivedOrganisationRestore);
      if (dto.name && dto.name.toLowerCase() !== org.name.toLowerCase()) await this.checkNameFree(em, dto.name);
      await this.checkNumbersFree(em, dto, org.id);
      const before = { ...org };
      const saved = await em.save(Object.assign(org, dto));
      await this.audit.recordUpdate(em, ctx, 'Organisation', id, before, saved);
      return saved;
    });
  }

  /** No hard delete: contributions, splits and minutes keep referring to the organisation. */
  async setArchived(ctx: SignedInContext, id: string, archived: boolean): Promise<Organisation> {
    return this.db.transaction(async (em) => {
      const org = await this.findAllowed(ctx, id, 'archive', em);
      if (Boolean(org.archivedAt) === archived) return org;
      org.archivedAt = archived ? new Date() : null;
      const saved = await em.save(org);
      await this.audit.record(em, ctx, {
        action: archived ? 'archive' : 'restore',
        entityType: 'Organisation',
        entityId: id,
      });
      return saved;
    });
  }

  private async checkNameFree(em: EntityManager, name: string): Promise<void> {
    const taken = await em
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where('lower(o.name) = lower(:name)', { name })
      .getExists();
    if (taken) throw new ValidationFailed({ name: [OrganisationError.OrganisationAlreadyHasName] });
  }

  /** SIREN and RNA are unique when given (partial unique indexes): a taken number is refused by field, not a 500. */
  private async checkNumbersFree(
    em: EntityManager,
    dto: { siren?: string | null; rna?: string | null },
    self: string | null,
  ): Promise<void> {
    const fields: Record<string, OrganisationError[]> = {};
    for (const [field, error] of [
      ['siren', OrganisationError.SirenTaken],
      ['rna', OrganisationError.RnaTaken],
    ] as const) {
      const value = dto[field];
      if (!value) continue;
      const qb = em.getRepository(Organisation).createQueryBuilder('o').where(`o.${field} = :value`, { value });
      if (self) qb.andWhere('o.id <> :self', { self });
      if (await qb.getExists()) fields[field] = [error];
    }
    if (Object.keys(fields).length) throw new ValidationFailed(fields);
  }
}
