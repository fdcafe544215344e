import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { unknownLinks } from '../../common/known-links';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { Decision } from './decision.entity';
import type { CreateStrategyActionDto, UpdateStrategyActionDto } from './dto/strategy.dto';
import { StrategyAction } from './strategy-action.entity';
import { StrategyAxis } from './strategy-axis.entity';

export interface StrategyActionView extends Omit<StrategyAction, 'axis' | 'decisions'> {
  decisions: { id: string; number: number; title: string; outcome: string; decidedOn: string }[];
}

export interface StrategyView {
  axes: { id: string; number: number; title: string; actions: StrategyActionView[] }[];
  /** Cross-cutting themes: actions without an axis. */
  transversal: StrategyActionView[];
}

const NOT_FOUND = { fr: 'Action de la stratégie introuvable', en: 'Strategy action not found' };

@Injectable()
export class StrategyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext): Promise<StrategyView> {
    if (!ctx.ability.can('read', 'StrategyAction')) throw new Forbidden();
    const axes = await this.db.getRepository(StrategyAxis).find({ order: { number: 'ASC' } });
    const actions = await this.actions(this.db.manager);
    return {
      axes: axes.map((axis) => ({ id: axis.id, number: axis.number, title: axis.title, actions: actions.filter((a) => a.axisId === axis.id) })),
      transversal: actions.filter((a) => a.axisId === null),
    };
  }

  async getAction(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<StrategyActionView> {
    const [action] = await this.actions(em, id);
    if (!action) throw new NotFound(NOT_FOUND);
    if (!ctx.ability.can('read', Object.assign(new StrategyAction(), action))) throw new Forbidden();
    return action;
  }

  private async actions(em: EntityManager, id?: string): Promise<StrategyActionView[]> {
    const qb = em.getRepository(StrategyAction).createQueryBuilder('s').leftJoinAndSelect('s.decisions', 'd')
      .orderBy('s.number', 'ASC', 'NULLS LAST').addOrderBy('s.title').addOrderBy('d.number');
    if (id) qb.where('s.id = :id', { id });
    return (await qb.getMany()).map(({ axis: _axis, decisions, ...action }) => ({
      ...action,
      decisions: decisions.map((d) => ({ id: d.id, number: d.number, title: d.title, outcome: d.outcome, decidedOn: d.decidedOn })),
    }));
  }

  async create(ctx: SignedInContext, dto: CreateStrategyActionDto): Promise<StrategyActionView> {
    return this.db.transaction(async (em) => {
      const { decisionIds, ...fields } = dto;
      const unknown = await unknownActionLinks(em, fields);
      if (fields.axisId && !(await em.exists(StrategyAxis, { where: { id: fields.axisId } }))) unknown.axisId = [{ fr: 'Axe inconnu', en: 'Unknown axis' }];
      if (Object.keys(unknown).length) throw new ValidationFailed(unknown);
      const action = await em.save(em.create(StrategyAction, fields));
      await this.audit.record(em, ctx, { action: 'create', entityType: 'StrategyAction', entityId: action.id, after: action });
      if (decisionIds) await this.linkDecisions(em, ctx, action, decisionIds);
      return this.getAction(ctx, action.id, em);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateStrategyActionDto): Promise<StrategyActionView> {
    return this.db.transaction(async (em) => {
      const action = await em.findOne(StrategyAction, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!action) throw new NotFound(NOT_FOUND);
      if (!ctx.ability.can('update', action)) throw new Forbidden();
      const { decisionIds, axisId, ...fields } = dto;
      if (axisId !== undefined && axisId !== action.axisId) {
        throw ValidationFailed.field('axisId', { fr: 'Une action ne change pas d’axe', en: 'An action does not move to another axis' });
      }
      const unknown = await unknownActionLinks(em, fields);
      if (Object.keys(unknown).length) throw new ValidationFailed(unknown);
      const before = { ...action };
      const saved = await em.save(Object.assign(action, fields));
      await this.audit.recordUpdate(em, ctx, 'StrategyAction', id, before, saved);
      if (decisionIds) await this.linkDecisions(em, ctx, saved, decisionIds);
      return this.getAction(ctx, id, em);
    });
  }

  private async linkDecisions(em: EntityManager, ctx: SignedInContext, action: StrategyAction, decisionIds: string[]): Promise<void> {
    const ids = [...new Set(decisionIds)];
    const found = ids.length ? await em.find(Decision, { select: { id: true }, where: { id: In(ids) } }) : [];
    if (found.length !== ids.length) throw ValidationFailed.field('decisionIds', { fr: 'Décision inconnue', en: 'Unknown decision' });
    const before: { decision_id: string }[] = await em.query('SELECT decision_id FROM strategy_action_decisions WHERE strategy_action_id = $1', [action.id]);
    await em.query('DELETE FROM strategy_action_decisions WHERE strategy_action_id = $1', [action.id]);
    if (ids.length) {
      await em.query('INSERT INTO strategy_action_decisions (strategy_action_id, decision_id) SELECT $1, unnest($2::uuid[])', [action.id, ids]);
    }
    const was = before.map((r) => r.decision_id).sort();
    if (JSON.stringify(was) !== JSON.stringify([...ids].sort())) {
      await this.audit.record(em, ctx, { action: 'update', entityType: 'StrategyAction', entityId: action.id, before: { decisionIds: was }, after: { decisionIds: ids } });
    }
  }
}

/** The groups and grants an action is carried by or financed with (arrays: no foreign key can check them). */
const unknownActionLinks = (em: EntityManager, a: { groupIds?: string[]; grantIds?: string[] }) =>
  unknownLinks(em, { groupIds: ['working_groups', a.groupIds], grantIds: ['grants', a.grantIds] });
