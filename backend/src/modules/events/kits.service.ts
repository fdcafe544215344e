import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { CreateKitDto, KitQuery, UpdateKitDto } from './dto/kit.dto';
import type { KitResponse } from './dto/kit.response';
import { kitViews } from './event-views';
import { EventError } from './events.errors';
import { Kit } from './kit.entity';
import { checkOwningGroup } from './owning-group';

@Injectable()
export class KitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, q: KitQuery): Promise<Page<KitResponse>> {
    const qb = this.db.getRepository(Kit).createQueryBuilder('k');
    whereAllowed(qb, ctx.ability, 'read', 'Kit');
    if (q.audience) qb.andWhere('k.audience = :audience', { audience: q.audience });
    const total = await qb.getCount();
    const rows = await qb
      .select('k.id', 'id')
      .orderBy('lower(k.title)', q.order === 'desc' ? 'DESC' : 'ASC')
      .addOrderBy('k.id')
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .getRawMany<{ id: string }>();
    const items = await kitViews(
      this.db,
      rows.map((r) => r.id),
    );
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async create(ctx: SignedInContext, dto: CreateKitDto): Promise<KitResponse> {
    const id = await this.db.transaction(async (em) => {
      await checkOwningGroup(em, ctx, 'Kit', dto, 'create');
      const kit = await em.save(em.create(Kit, { ...dto, links: dto.links ?? [] }));
      await this.audit.record(em, ctx, { action: 'create', entityType: 'Kit', entityId: kit.id, after: kit });
      return kit.id;
    });
    return (await kitViews(this.db, [id]))[0];
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateKitDto): Promise<KitResponse> {
    await this.db.transaction(async (em) => {
      const kit = await em.findOne(Kit, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!kit) throw new NotFound(EventError.KitNotFound);
      if (!ctx.ability.can('update', kit)) throw new Forbidden();
      const before = { ...kit };
      Object.assign(kit, dto);
      await checkOwningGroup(em, ctx, 'Kit', kit, 'update');
      await this.audit.recordUpdate(em, ctx, 'Kit', id, before, await em.save(kit));
    });
    return (await kitViews(this.db, [id]))[0];
  }
}
