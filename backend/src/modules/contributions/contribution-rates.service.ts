import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { NotFound, ValidationFailed } from '../../common/errors';
import type { SignedInContext } from '../../common/request-context';
import { ContributionRate } from './contribution-rate.entity';
import { CONTRIBUTION_TYPES, UNIT_LABELS, UNITS_BY_TYPE } from './contribution-types';
import type { CreateRateDto, UpdateRateDto } from './dto/rate.dto';
import type { ContributionKindResponse, ContributionRateResponse } from './dto/rate.response';
import { exec, sql } from '../../database/sql';
import { ContributionError } from './contributions.errors';
import { msg } from '../../common/error-catalogue';

const view = (r: ContributionRate): ContributionRateResponse => ({
  id: r.id,
  type: r.type,
  unit: r.unit,
  validFrom: r.validFrom,
  rateCents: r.rateCents,
  label: r.label,
});

@Injectable()
export class ContributionRatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The one table of types and units: forms offer these, and every way in is checked against them. */
  kinds(): ContributionKindResponse[] {
    return CONTRIBUTION_TYPES.map((type) => ({ type, units: [...UNITS_BY_TYPE[type]] }));
  }

  async list(): Promise<ContributionRateResponse[]> {
    const rates = await this.db
      .getRepository(ContributionRate)
      .find({ order: { type: 'ASC', unit: 'ASC', validFrom: 'DESC' } });
    return rates.map(view);
  }

  async create(ctx: SignedInContext, dto: CreateRateDto): Promise<ContributionRateResponse> {
    if (!UNITS_BY_TYPE[dto.type].includes(dto.unit) || dto.unit === 'euro') {
      throw ValidationFailed.field('unit', ContributionError.NoRateUnitType);
    }
    return this.db.transaction(async (em) => {
      await this.checkFree(em, dto.type, dto.unit, dto.validFrom);
      const saved = await em.save(em.create(ContributionRate, dto));
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'ContributionRate',
        entityId: saved.id,
        after: saved,
      });
      await this.revalue(em, ctx, saved);
      return view(saved);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateRateDto): Promise<ContributionRateResponse> {
    return this.db.transaction(async (em) => {
      const rate = await em.findOne(ContributionRate, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!rate) throw new NotFound(ContributionError.RateNotFound);
      if (dto.validFrom && dto.validFrom !== rate.validFrom)
        await this.checkFree(em, rate.type, rate.unit, dto.validFrom);
      const before = { ...rate };
      Object.assign(rate, dto);
      const saved = await em.save(rate);
      await this.audit.recordUpdate(em, ctx, 'ContributionRate', id, before, saved);
      await this.revalue(em, ctx, saved);
      return view(saved);
    });
  }

  /**
   * Contributions not yet validated follow the table: those of this type and unit valued by rate take the rate now in
   * force on their day. Validated ones keep the rate they were validated with, whatever happens to the table.
   */
  private async revalue(em: EntityManager, ctx: SignedInContext, rate: ContributionRate): Promise<void> {
    const revalued = await exec(
      em,
      sql`WITH target AS (
         SELECT c.id, r.id AS rate_id, r.rate_cents
         FROM contributions c
         JOIN LATERAL (SELECT r.id, r.rate_cents FROM contribution_rates r
                       WHERE r.type = c.type AND r.unit = c.unit AND r.valid_from <= c.starts_on
                       ORDER BY r.valid_from DESC LIMIT 1) r ON true
         WHERE c.type = ${rate.type} AND c.unit = ${rate.unit} AND c.status IN ('draft', 'submitted', 'rejected') AND c.rate_id IS NOT NULL
       )
       UPDATE contributions c
       SET rate_id = t.rate_id, rate_cents = t.rate_cents, value_cents = round(c.quantity * t.rate_cents), updated_at = now()
       FROM target t
       WHERE c.id = t.id AND (c.rate_id IS DISTINCT FROM t.rate_id OR c.rate_cents IS DISTINCT FROM t.rate_cents)`,
    );
    if (revalued > 0) {
      await this.audit.record(em, ctx, {
        action: 'revalue',
        entityType: 'ContributionRate',
        entityId: rate.id,
        after: { contributions: revalued },
      });
    }
  }

  private async checkFree(em: EntityManager, type: string, unit: string, validFrom: string): Promise<void> {
    if (await em.existsBy(ContributionRate, { type: type as never, unit: unit as never, validFrom })) {
      throw ValidationFailed.field(
        'validFrom',
        msg(ContributionError.RateAlreadyStartsThatDay, {
          unit: (l) => UNIT_LABELS[unit as keyof typeof UNIT_LABELS][l],
        }),
      );
    }
  }
}
