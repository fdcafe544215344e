import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { NewsletterListCountsResponse, NewsletterListResponse } from './dto/list.response';
import type { CreateListDto, UpdateListDto } from './dto/lists.dto';
import { NewsletterList } from './newsletter-list.entity';
import { NewsletterError } from './newsletters.errors';

@Injectable()
export class ListsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every list with its number of confirmed and pending subscribers (small: a handful of lists). */
  async list(ctx: RequestContext, includeArchived = false): Promise<NewsletterListCountsResponse[]> {
    const qb = this.db
      .getRepository(NewsletterList)
      .createQueryBuilder('l')
      .addSelect(
        `(SELECT count(*) FROM newsletter_subscriptions s JOIN newsletter_subscribers p ON p.id = s.subscriber_id
                   WHERE s.list_id = l.id AND s.status = 'confirmed' AND p.status = 'confirmed')::int`,
        'confirmed',
      )
      .addSelect(
        `(SELECT count(*) FROM newsletter_subscriptions s WHERE s.list_id = l.id AND s.status = 'pending')::int`,
        'pending',
      )
      .orderBy('l.name');
    whereAllowed(qb, ctx.ability, 'read', 'NewsletterList');
    if (!includeArchived) qb.andWhere('l.archived_at IS NULL');
    const { entities, raw } = await qb.getRawAndEntities<{ confirmed: number; pending: number }>();
    return entities.map((l, i) => ({ ...l, confirmed: raw[i].confirmed, pending: raw[i].pending }));
  }

  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<NewsletterList> {
    const list = await em.findOne(NewsletterList, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!list) throw new NotFound(NewsletterError.ListNotFound);
    if (!ctx.ability.can(action, list)) throw new Forbidden();
    return list;
  }

  /** The lists given, all existing and not archived (and public when asked), or a 400 on `field`. */
  async usable(em: EntityManager, ids: string[], field: string, publicOnly = false): Promise<NewsletterList[]> {
    const unique = [...new Set(ids)];
    const lists = unique.length ? await em.find(NewsletterList, { where: { id: In(unique) } }) : [];
    if (lists.length !== unique.length || lists.some((l) => l.archivedAt !== null || (publicOnly && !l.isPublic))) {
      throw ValidationFailed.field(field, NewsletterError.UnknownArchivedList);
    }
    return unique.map((id) => lists.find((l) => l.id === id)!);
  }

  async create(ctx: SignedInContext, dto: CreateListDto): Promise<NewsletterListResponse> {
    return this.db.transaction(async (em) => {
      const values = { ...dto, isPublic: dto.isPublic ?? false };
      if (!ctx.ability.can('create', subject('NewsletterList', values))) throw new Forbidden();
      if (await em.exists(NewsletterList, { where: { key: dto.key } }))
        throw ValidationFailed.field('key', NewsletterError.ListAlreadyHasKey);
      const list = await em.save(em.create(NewsletterList, values));
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'NewsletterList',
        entityId: list.id,
        after: list,
      });
      return list;
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateListDto): Promise<NewsletterListResponse> {
    return this.db.transaction(async (em) => {
      const list = await this.findAllowed(ctx, id, 'update', em);
      if (!ctx.ability.can('update', subject('NewsletterList', { ...list, ...dto }))) throw new Forbidden();
      if (dto.key && dto.key !== list.key && (await em.exists(NewsletterList, { where: { key: dto.key } })))
        throw ValidationFailed.field('key', NewsletterError.ListAlreadyHasKey);
      const before = { ...list };
      const saved = await em.save(Object.assign(list, dto));
      await this.audit.recordUpdate(em, ctx, 'NewsletterList', id, before, saved);
      return saved;
    });
  }

  /** Lists are archived, never deleted: issues and consent proofs keep referring to them. */
  async setArchived(ctx: SignedInContext, id: string, archived: boolean): Promise<NewsletterListResponse> {
    return this.db.transaction(async (em) => {
      const list = await this.findAllowed(ctx, id, 'archive', em);
      if (Boolean(list.archivedAt) === archived) return list;
      list.archivedAt = archived ? new Date() : null;
      const saved = await em.save(list);
      await this.audit.record(em, ctx, {
        action: archived ? 'archive' : 'restore',
        entityType: 'NewsletterList',
        entityId: id,
      });
      return saved;
    });
  }
}
