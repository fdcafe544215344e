import { subject } from '@casl/ability';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { maybeOne, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { CreateSourceDto, MoveStepDto, SourceExportQuery, SourceQuery, UpdateSourceDto } from './dto/source.dto';
import type { SourceDetailResponse, SourceResponse } from './dto/source.response';
import { SOURCES_EXPORT } from './source-export';
import { feedChecks, sourceSteps, sourceViews } from './source-views';
import { SourceStep } from './source-step.entity';
import { Source } from './source.entity';
import { SourceError } from './sources.errors';

type SourceFields = Omit<CreateSourceDto, 'name' | 'dataKind' | 'feedKind'>;

const parisToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: DISPLAY_TIME_ZONE });

@Injectable()
export class SourcesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, q: SourceQuery): Promise<Page<SourceResponse>> {
    const qb = this.filtered(ctx, q);
    const total = await qb.getCount();
    const rows = await qb
      .select('s.id', 'id')
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .getRawMany<{ id: string }>();
    return {
      items: await sourceViews(
        this.db,
        rows.map((r) => r.id),
      ),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  export(ctx: RequestContext, q: SourceExportQuery): ExportFile {
    const qb = this.filtered(ctx, q);
    const batches = inBatches(async (offset, limit) => {
      const rows = await qb.clone().select('s.id', 'id').offset(offset).limit(limit).getRawMany<{ id: string }>();
      return sourceViews(
        this.db,
        rows.map((r) => r.id),
      );
    });
    return writeExport(SOURCES_EXPORT, batches, ctx.locale, q.format);
  }

  /** The list's filters, in SQL, after the reader's rights. */
  private filtered(
    ctx: RequestContext,
    q: Omit<SourceQuery, 'page' | 'pageSize' | 'order'> & { order?: 'asc' | 'desc' },
  ): SelectQueryBuilder<Source> {
    const qb = this.db.getRepository(Source).createQueryBuilder('s');
    whereAllowed(qb, ctx.ability, 'read', 'Source');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('lower(s.name) LIKE :like', { like })
            .orWhere('lower(s.partner_name) LIKE :like')
            .orWhere(
              'EXISTS (SELECT 1 FROM organisations o WHERE o.id = s.organisation_id AND lower(o.name) LIKE :like)',
            ),
        ),
      );
    }
    if (q.step) qb.andWhere('s.step = :step', { step: q.step });
    if (q.health) qb.andWhere('s.health = :health', { health: q.health });
    if (q.dataKind) qb.andWhere('s.data_kind = :dataKind', { dataKind: q.dataKind });
    if (q.organisationId) qb.andWhere('s.organisation_id = :org', { org: q.organisationId });
    if (q.groupId) qb.andWhere('s.group_id = :group', { group: q.groupId });
    return qb.orderBy('lower(s.name)', q.order === 'desc' ? 'DESC' : 'ASC').addOrderBy('s.id', 'ASC');
  }

  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<Source> {
    const source = await em.findOne(Source, {
      where: { id },
      // Locked for a write inside a transaction; a check from outside one (the feed check's) only reads.
      lock: action === 'read' || em === this.db.manager ? undefined : { mode: 'pessimistic_write' },
    });
    if (!source) throw new NotFound(SourceError.SourceNotFound);
    if (!ctx.ability.can(action, source)) throw new Forbidden();
    return source;
  }

  async get(ctx: RequestContext, id: string): Promise<SourceDetailResponse> {
    await this.findAllowed(ctx, id, 'read');
    const [view] = await sourceViews(this.db, [id]);
    return { ...view, steps: await sourceSteps(this.db, id), checks: await feedChecks(this.db, id) };
  }

  async create(ctx: SignedInContext, dto: CreateSourceDto): Promise<SourceResponse> {
    const id = await this.db.transaction(async (em) => {
      await this.checkFields(em, dto, null);
      const source = await em.save(em.create(Source, { ...dto, step: 'first_contact', health: 'unknown' }));
      await em.save(
        em.create(SourceStep, {
          sourceId: source.id,
          step: 'first_contact',
          reachedOn: parisToday(),
          byId: ctx.user.id,
        }),
      );
      await this.audit.record(em, ctx, { action: 'create', entityType: 'Source', entityId: source.id, after: source });
      return source.id;
    });
    return (await sourceViews(this.db, [id]))[0];
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateSourceDto): Promise<SourceResponse> {
    await this.db.transaction(async (em) => {
      const source = await this.findAllowed(ctx, id, 'update', em);
      const before = { ...source };
      Object.assign(source, dto);
      await this.checkFields(em, source, id);
      // The final values must still be the caller's to edit: a group's referent cannot hand a source to another group.
      if (!ctx.ability.can('update', subject('Source', { ...source }))) throw new Forbidden(SourceError.GroupNotYours);
      if (dto.feedUrl !== undefined && dto.feedUrl !== before.feedUrl) {
        Object.assign(source, { feedEtag: null, feedLastModified: null, recordKeys: null });
      }
      const saved = await em.save(source);
      await this.audit.recordUpdate(em, ctx, 'Source', id, before, saved);
    });
    return (await sourceViews(this.db, [id]))[0];
  }

  /** Records the step reached (forward or back), dated, and who takes the next one. */
  async moveStep(ctx: SignedInContext, id: string, dto: MoveStepDto): Promise<SourceResponse> {
    await this.db.transaction(async (em) => {
      const source = await this.findAllowed(ctx, id, 'update', em);
      if (dto.nextStepOwnerId) await this.checkPerson(em, dto.nextStepOwnerId, 'nextStepOwnerId');
      const before = { ...source };
      Object.assign(source, {
        step: dto.step,
        nextStepOwnerId: dto.nextStepOwnerId ?? null,
        nextStepDueOn: dto.nextStepDueOn ?? null,
        nextStepRemindedAt: null,
      });
      await em.save(source);
      await em.save(
        em.create(SourceStep, {
          sourceId: id,
          step: dto.step,
          reachedOn: dto.reachedOn ?? parisToday(),
          note: dto.note ?? null,
          byId: ctx.user.id,
        }),
      );
      await this.audit.recordUpdate(em, ctx, 'Source', id, before, source);
    });
    return (await sourceViews(this.db, [id]))[0];
  }

  /**
   * A training attended for the source: a path that has reached the quality review moves on to "training done", dated
   * the training's day (in Paris). A source elsewhere on its path is left where it is: the step is not skipped to.
   */
  async trainingDone(
    em: EntityManager,
    ctx: SignedInContext,
    id: string,
    training: { title: string; startsAt: Date },
  ): Promise<boolean> {
    const source = await em.findOne(Source, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (source?.step !== 'quality_review') return false;
    const before = { ...source };
    Object.assign(source, {
      step: 'training_done',
      nextStepOwnerId: null,
      nextStepDueOn: null,
      nextStepRemindedAt: null,
    });
    await em.save(source);
    await em.save(
      em.create(SourceStep, {
        sourceId: id,
        step: 'training_done',
        reachedOn: training.startsAt.toLocaleDateString('sv-SE', { timeZone: DISPLAY_TIME_ZONE }),
        note: training.title.slice(0, 500),
        byId: ctx.user.id,
      }),
    );
    await this.audit.recordUpdate(em, ctx, 'Source', id, before, source);
    return true;
  }

  /** Name free, an owner given, and every id naming a row that exists: a field error each, never a 500. */
  private async checkFields(em: EntityManager, s: Partial<SourceFields> & { name?: string }, self: string | null) {
    const fields: Record<string, SourceError[]> = {};
    if (s.name) {
      const taken = await maybeOne(
        em,
        sql`SELECT id FROM sources WHERE lower(name) = lower(${s.name}) AND id IS DISTINCT FROM ${self}::uuid`,
        { id: col.uuid },
      );
      if (taken) fields.name = [SourceError.NameTaken];
    }
    if (!s.organisationId && !s.partnerName) fields.organisationId = [SourceError.OwnerRequired];
    const refs = [
      ['organisationId', 'organisations', SourceError.UnknownOrganisation],
      ['groupId', 'working_groups', SourceError.UnknownGroup],
      ['referentPersonId', 'people', SourceError.UnknownPerson],
      ['nextStepOwnerId', 'people', SourceError.UnknownPerson],
    ] as const;
    for (const [field, table, error] of refs) {
      const value = s[field];
      if (!value) continue;
      const found = await maybeOne(em, sql`SELECT id FROM ${sql.id(table)} WHERE id = ${value}`, { id: col.uuid });
      if (!found) fields[field] = [error];
    }
    if (Object.keys(fields).length) throw new ValidationFailed(fields);
  }

  private async checkPerson(em: EntityManager, id: string, field: string) {
    const found = await maybeOne(em, sql`SELECT id FROM people WHERE id = ${id}`, { id: col.uuid });
    if (!found) throw ValidationFailed.field(field, SourceError.UnknownPerson);
  }
}
