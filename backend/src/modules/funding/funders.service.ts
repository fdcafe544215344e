import { centsFrom, centsOrNull } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { FunderListItemResponse, FunderResponse } from './dto/funder.response';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import type {
  CreateFunderDto,
  FunderContactInput,
  FunderExportQuery,
  FunderQuery,
  UpdateFunderDto,
} from './dto/funder.dto';
import {
  FUNDER_CONTACTS_EXPORT,
  FUNDERS_EXPORT,
  type FunderContactExportRow,
  type FunderExportRow,
} from './funder-export';
import { FunderContact } from './funder-contact.entity';
import { Funder } from './funder.entity';
import { Grant } from './grant.entity';
import { rejectNulls } from './grant-rules';
import { FundingError } from './funding.errors';

const SORT_COLUMNS = { name: 'f.name', kind: 'f.kind', grantedCents: '"grantedCents"', createdAt: 'f.created_at' };

@Injectable()
export class FundersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, q: FunderQuery): Promise<Page<FunderListItemResponse>> {
    const qb = this.filtered(ctx, q);
    const total = await qb.getCount();
    const items = await this.rows(qb, q, (q.page - 1) * q.pageSize, q.pageSize);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** Every funder the list would show (all its pages), CSV or xlsx. */
  export(ctx: RequestContext, q: FunderExportQuery): ExportFile {
    const qb = this.filtered(ctx, q);
    const extra = ['f.notes AS notes', 'f.created_at AS "createdAt"'];
    return writeExport(
      FUNDERS_EXPORT,
      inBatches((offset, limit) => this.rows<FunderExportRow>(qb, q, offset, limit, extra)),
      ctx.locale,
      q.format,
    );
  }

  /** The contacts of every funder the list would show, one line each, in the list's order then as entered. */
  exportContacts(ctx: RequestContext, q: FunderExportQuery): ExportFile {
    const qb = this.filtered(ctx, q)
      .innerJoin(FunderContact, 'c', 'c.funder_id = f.id')
      .select([
        'f.name AS "funderName"',
        'c.name AS name',
        'c.role AS role',
        'c.email AS email',
        'c.phone AS phone',
        'c.position AS position',
      ]);
    const ordered = this.ordered(qb, q).addOrderBy('c.position');
    return writeExport(
      FUNDER_CONTACTS_EXPORT,
      inBatches((offset, limit) => ordered.clone().offset(offset).limit(limit).getRawMany<FunderContactExportRow>()),
      ctx.locale,
      q.format,
    );
  }

  /** The funders the list's filters keep. */
  private filtered(ctx: RequestContext, q: Omit<FunderQuery, 'page' | 'pageSize'>) {
    const qb = this.db.getRepository(Funder).createQueryBuilder('f');
    whereAllowed(qb, ctx.ability, 'read', 'Funder');
    if (!q.includeArchived) qb.andWhere('f.archived_at IS NULL');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) => w.where('lower(f.name) LIKE :like', { like }).orWhere('lower(f.notes) LIKE :like')),
      );
    }
    if (q.kind) qb.andWhere('f.kind = :kind', { kind: q.kind });
    return qb;
  }

  private ordered<T extends SelectQueryBuilder<Funder>>(qb: T, q: Omit<FunderQuery, 'page' | 'pageSize'>): T {
    return qb.orderBy(SORT_COLUMNS[q.sort], q.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST').addOrderBy('f.id');
  }

  /** A page of the list's rows, with each funder's grant count and total granted (and the `extra` columns). */
  private async rows<R extends FunderListItemResponse = FunderListItemResponse>(
    filtered: SelectQueryBuilder<Funder>,
    q: Omit<FunderQuery, 'page' | 'pageSize'>,
    offset: number,
    limit: number,
    extra: string[] = [],
  ): Promise<R[]> {
    const qb = filtered
      .clone()
      .select([
        'f.id AS id',
        'f.name AS name',
        'f.kind AS kind',
        'f.website AS website',
        'f.archived_at AS "archivedAt"',
        ...extra,
      ])
      .addSelect('(SELECT count(*)::int FROM grants g WHERE g.funder_id = f.id)', 'grantsCount')
      .addSelect(
        `(SELECT coalesce(sum(g.amount_granted_cents), 0)::bigint FROM grants g WHERE g.funder_id = f.id AND g.status IN ('granted', 'closed'))`,
        'grantedCents',
      );
    const rows = await this.ordered(qb, q)
      .offset(offset)
      .limit(limit)
      .getRawMany<Omit<R, 'grantedCents'> & { grantedCents: string }>();
    return rows.map((r) => ({ ...r, grantedCents: centsFrom(r.grantedCents) }) as unknown as R);
  }

  /** Loads a funder the caller may act on: 404 if it does not exist, 403 if the rules say no. */
  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<Funder> {
    const funder = await em.findOne(Funder, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!funder) throw new NotFound(FundingError.FunderNotFound);
    if (!ctx.ability.can(action, funder)) throw new Forbidden();
    return funder;
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<FunderResponse> {
    const funder = await this.findAllowed(ctx, id, 'read', em);
    const contacts = await em.find(FunderContact, { where: { funderId: id }, order: { position: 'ASC' } });
    // Only the grants the reader may read (today: all of them, for whoever reads funders).
    const grants = await whereAllowed(
      em.getRepository(Grant).createQueryBuilder('g').where('g.funder_id = :id', { id }),
      ctx.ability,
      'read',
      'Grant',
    )
      .select([
        'g.id AS id',
        'g.title AS title',
        'g.status AS status',
        'g.amount_requested_cents AS "amountRequestedCents"',
        'g.amount_granted_cents AS "amountGrantedCents"',
        `to_char(g.starts_on, 'YYYY-MM-DD') AS "startsOn"`,
        `to_char(g.ends_on, 'YYYY-MM-DD') AS "endsOn"`,
      ])
      .orderBy('coalesce(g.starts_on, g.status_changed_on)', 'DESC')
      .addOrderBy('g.title')
      .getRawMany<FunderResponse['grants'][number]>();
    return {
      ...funder,
      contacts: contacts.map(({ funderId: _f, ...c }) => c),
      grants: grants.map((g) => ({
        ...g,
        amountRequestedCents: centsFrom(g.amountRequestedCents),
        amountGrantedCents: centsOrNull(g.amountGrantedCents),
      })),
    };
  }

  async create(ctx: SignedInContext, dto: CreateFunderDto): Promise<FunderResponse> {
    return this.db.transaction(async (em) => {
      const { contacts, ...fields } = dto;
      await this.checkNameFree(em, fields.name);
      const funder = em.create(Funder, fields);
      if (!ctx.ability.can('create', funder)) throw new Forbidden();
      await em.save(funder);
      await this.audit.record(em, ctx, { action: 'create', entityType: 'Funder', entityId: funder.id, after: funder });
      if (contacts?.length) await this.replaceContacts(em, ctx, funder.id, contacts);
      return this.get(ctx, funder.id, em);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateFunderDto): Promise<FunderResponse> {
    rejectNulls(dto, ['name', 'kind', 'contacts']);
    return this.db.transaction(async (em) => {
      const funder = await this.findAllowed(ctx, id, 'update', em);
      if (funder.archivedAt) throw new Conflict(FundingError.ArchivedFunderRestore);
      const { contacts, ...fields } = dto;
      if (fields.name && fields.name.toLowerCase() !== funder.name.toLowerCase())
        await this.checkNameFree(em, fields.name);
      const before = { ...funder };
      Object.assign(funder, fields);
      if (!ctx.ability.can('update', funder)) throw new Forbidden();
      const saved = await em.save(funder);
      await this.audit.recordUpdate(em, ctx, 'Funder', id, before, saved);
      if (contacts) await this.replaceContacts(em, ctx, id, contacts);
      return this.get(ctx, id, em);
    });
  }

  /** No hard delete: grants keep pointing at their funder. */
  async setArchived(ctx: SignedInContext, id: string, archived: boolean): Promise<FunderResponse> {
    return this.db.transaction(async (em) => {
      const funder = await this.findAllowed(ctx, id, 'archive', em);
      if (Boolean(funder.archivedAt) !== archived) {
        await em.update(Funder, id, { archivedAt: archived ? new Date() : null });
        await this.audit.record(em, ctx, {
          action: archived ? 'archive' : 'restore',
          entityType: 'Funder',
          entityId: id,
        });
      }
      return this.get(ctx, id, em);
    });
  }

  private async replaceContacts(
    em: EntityManager,
    ctx: SignedInContext,
    funderId: string,
    contacts: FunderContactInput[],
  ): Promise<void> {
    const before = await em.find(FunderContact, { where: { funderId }, order: { position: 'ASC' } });
    await em.delete(FunderContact, { funderId });
    if (contacts.length)
      await em.insert(
        FunderContact,
        contacts.map((c, position) => ({ ...c, funderId, position })),
      );
    const summary = (list: Partial<FunderContactInput>[]) =>
      list.map((c) => [c.name, c.role, c.email, c.phone].filter(Boolean).join(' · '));
    if (JSON.stringify(summary(before)) !== JSON.stringify(summary(contacts))) {
      await this.audit.record(em, ctx, {
        action: 'update',
        entityType: 'Funder',
        entityId: funderId,
        before: { contacts: summary(before) },
        after: { contacts: summary(contacts) },
      });
    }
  }

  private async checkNameFree(em: EntityManager, name: string): Promise<void> {
    const taken = await em
      .getRepository(Funder)
      .createQueryBuilder('f')
      .where('lower(f.name) = lower(:name)', { name })
      .getExists();
    if (taken) throw new ValidationFailed({ name: [FundingError.FunderAlreadyHasName] });
  }
}
