import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound } from '../../common/errors';
import type { SignedInContext } from '../../common/request-context';
import type { CreateStrategyAxisDto, UpdateStrategyAxisDto } from './dto/strategy-axis.dto';
import type { StrategyAxisSummaryResponse } from './dto/strategy.response';
import { GovernanceError } from './governance.errors';
import { StrategyAxis } from './strategy-axis.entity';

const summary = ({ id, number, title }: StrategyAxis): StrategyAxisSummaryResponse => ({ id, number, title });

/** The axes of the strategy: created and renamed or renumbered by the coordinator (a number taken is a 409). */
@Injectable()
export class StrategyAxesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: SignedInContext, dto: CreateStrategyAxisDto): Promise<StrategyAxisSummaryResponse> {
    return this.db.transaction(async (em) => {
      const axis = em.create(StrategyAxis, dto);
      if (!ctx.ability.can('create', axis)) throw new Forbidden();
      await em.save(axis);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'StrategyAxis',
        entityId: axis.id,
        after: summary(axis),
      });
      return summary(axis);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateStrategyAxisDto): Promise<StrategyAxisSummaryResponse> {
    return this.db.transaction(async (em) => {
      const axis = await em.findOne(StrategyAxis, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!axis) throw new NotFound(GovernanceError.StrategyAxisNotFound);
      if (!ctx.ability.can('update', axis)) throw new Forbidden();
      const before = summary(axis);
      const saved = await em.save(Object.assign(axis, dto));
      await this.audit.recordUpdate(em, ctx, 'StrategyAxis', id, before, summary(saved));
      return summary(saved);
    });
  }
}
