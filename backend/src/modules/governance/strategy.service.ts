import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, type ObjectLiteral } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { unreadableLinks } from '../../permissions/known-links';
import { linksOf, setLinks } from '../../common/link-table';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { Decision } from './decision.entity';
import type { DecisionSummaryResponse } from './dto/decision.response';
import type { CreateStrategyActionDto, UpdateStrategyActionDto } from './dto/strategy.dto';
import type { StrategyActionResponse, StrategyResponse } from './dto/strategy.response';
import { ACTION_GRANTS, ACTION_GROUPS } from './strategy-action-group.entity';
import { StrategyAction } from './strategy-action.entity';
import { ACTION_SPLITS, StrategyActionSplit } from './strategy-action-split.entity';
import { StrategyAxis } from './strategy-axis.entity';
import { exec, many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { GovernanceError } from './governance.errors';

@Injectable()
export class StrategyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext): Promise<StrategyResponse> {
    if (!ctx.ability.can('read', 'StrategyAction')) throw new Forbidden();
    const axes = await this.db.getRepository(StrategyAxis).find({ order: { number: 'ASC' } });
    const actions = await this.actions(ctx, this.db.manager);
    return {
      axes: axes.map((axis) => ({
        id: axis.id,
        number: axis.number,
        title: axis.title,
        actions: actions.filter((a) => a.axisId === axis.id),
      })),
      transversal: actions.filter((a) => a.axisId === null),
    };
  }

  async getAction(
    ctx: RequestContext,
    id: string,
    em: EntityManager = this.db.manager,
  ): Promise<StrategyActionResponse> {
    const [action] = await this.actions(ctx, em, id);
    if (!action) throw new NotFound(GovernanceError.StrategyActionNotFound);
    if (!ctx.ability.can('read', Object.assign(new StrategyAction(), action))) throw new Forbidden();
    return action;
  }

  /** The actions, each with the decisions that serve it among those the reader may read (filtered in SQL). */
  private async actions(ctx: RequestContext, em: EntityManager, id?: string): Promise<StrategyActionResponse[]> {
    const qb = em
      .getRepository(StrategyAction)
      .createQueryBuilder('s')
      .orderBy('s.number', 'ASC', 'NULLS LAST')
      .addOrderBy('s.title');
    if (id) qb.where('s.id = :id', { id });
    const actions = await qb.getMany();
    const links = em
      .getRepository(Decision)
      .createQueryBuilder('d')
      .innerJoin('strategy_action_decisions', 'l', 'l.decision_id = d.id')
      .where('l.strategy_action_id = ANY(:ids)', { ids: actions.map((a) => a.id) });
    whereAllowed(links, ctx.ability, 'read', 'Decision');
    // Raw rows: one decision may serve several actions (entities would be merged into one).
    const rows = await links
      .select([
        'l.strategy_action_id AS "actionId"',
        'd.id AS id',
        'd.number AS number',
        'd.title AS title',
        'd.outcome AS outcome',
        'd.method AS method',
        `to_char(d.decided_on, 'YYYY-MM-DD') AS "decidedOn"`,
        'd.visibility AS visibility',
        'd.amends_decision_id AS "amendsDecisionId"',
      ])
      .orderBy('d.number')
      .getRawMany<DecisionSummaryResponse & { actionId: string }>();
    const byAction = new Map<string, DecisionSummaryResponse[]>();
    for (const { actionId, ...decision } of rows) byAction.set(actionId, [...(byAction.get(actionId) ?? []), decision]);
    const ids = actions.map((a) => a.id);
    const groups = await linksOf(em, ACTION_GROUPS, ids);
    const grants = await linksOf(em, ACTION_GRANTS, ids);
    const splits = await readableSplits(em, ctx, ids);
    return actions.map(({ axis: _axis, decisions: _decisions, ...action }) => ({
      ...action,
      groupIds: groups.get(action.id)!,
      grantIds: grants.get(action.id)!,
      splitIds: splits.get(action.id) ?? [],
      decisions: byAction.get(action.id) ?? [],
    }));
  }

  async create(ctx: SignedInContext, dto: CreateStrategyActionDto): Promise<StrategyActionResponse> {
    return this.db.transaction(async (em) => {
      const { decisionIds, groupIds = [], grantIds = [], splitIds = [], ...fields } = dto;
      const unknown = await unknownActionLinks(em, ctx, { groupIds, grantIds, splitIds });
      if (fields.axisId && !(await em.exists(StrategyAxis, { where: { id: fields.axisId } })))
        unknown.axisId = [GovernanceError.UnknownAxis];
      if (Object.keys(unknown).length) throw new ValidationFailed(unknown);
      const action = em.create(StrategyAction, fields);
      if (!ctx.ability.can('create', action)) throw new Forbidden();
      await em.save(action);
      await setLinks(em, ACTION_GROUPS, action.id, groupIds);
      await setLinks(em, ACTION_GRANTS, action.id, grantIds);
      await setLinks(em, ACTION_SPLITS, action.id, splitIds);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'StrategyAction',
        entityId: action.id,
        after: { ...action, groupIds, grantIds, splitIds },
      });
      if (decisionIds) await this.linkDecisions(em, ctx, action, decisionIds);
      return this.getAction(ctx, action.id, em);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateStrategyActionDto): Promise<StrategyActionResponse> {
    return this.db.transaction(async (em) => {
      const action = await em.findOne(StrategyAction, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!action) throw new NotFound(GovernanceError.StrategyActionNotFound);
      if (!ctx.ability.can('update', action)) throw new Forbidden();
      const { decisionIds, axisId, groupIds, grantIds, splitIds, ...fields } = dto;
      if (axisId !== undefined && axisId !== action.axisId) {
        throw ValidationFailed.field('axisId', GovernanceError.ActionDoesNotMoveAnother);
      }
      const unknown = await unknownActionLinks(em, ctx, { groupIds, grantIds, splitIds });
      if (Object.keys(unknown).length) throw new ValidationFailed(unknown);
      const before = { ...action };
      Object.assign(action, fields);
      if (!ctx.ability.can('update', action)) throw new Forbidden();
      const saved = await em.save(action);
      // A list left out stays as it is (and out of the audit).
      const was = {
        groupIds: groupIds && (await setLinks(em, ACTION_GROUPS, id, groupIds)),
        grantIds: grantIds && (await setLinks(em, ACTION_GRANTS, id, grantIds)),
        splitIds: splitIds && (await setLinks(em, ACTION_SPLITS, id, splitIds)),
      };
      await this.audit.recordUpdate(
        em,
        ctx,
        'StrategyAction',
        id,
        { ...before, ...was },
        { ...saved, groupIds, grantIds, splitIds },
      );
      if (decisionIds) await this.linkDecisions(em, ctx, saved, decisionIds);
      return this.getAction(ctx, id, em);
    });
  }

  private async linkDecisions(
    em: EntityManager,
    ctx: SignedInContext,
    action: StrategyAction,
    decisionIds: string[],
  ): Promise<void> {
    const ids = [...new Set(decisionIds)];
    const found = ids.length ? await em.find(Decision, { select: { id: true }, where: { id: In(ids) } }) : [];
    if (found.length !== ids.length) throw ValidationFailed.field('decisionIds', GovernanceError.UnknownDecision);
    const before = await many(
      em,
      sql`SELECT decision_id FROM strategy_action_decisions WHERE strategy_action_id = ${action.id}`,
      { decision_id: col.uuid },
    );
    await exec(em, sql`DELETE FROM strategy_action_decisions WHERE strategy_action_id = ${action.id}`);
    if (ids.length) {
      await exec(
        em,
        sql`INSERT INTO strategy_action_decisions (strategy_action_id, decision_id) SELECT ${action.id}, unnest(${ids}::uuid[])`,
      );
    }
    const was = before.map((r) => r.decision_id).sort();
    if (JSON.stringify(was) !== JSON.stringify([...ids].sort())) {
      await this.audit.record(em, ctx, {
        action: 'update',
        entityType: 'StrategyAction',
        entityId: action.id,
        before: { decisionIds: was },
        after: { decisionIds: ids },
      });
    }
  }
}

/** The groups, grants and splits an action is carried by or financed with: known, and readable by the caller. */
const unknownActionLinks = (
  em: EntityManager,
  ctx: SignedInContext,
  a: { groupIds?: string[]; grantIds?: string[]; splitIds?: string[] },
) =>
  unreadableLinks(em, ctx.ability, {
    groupIds: ['WorkingGroup', a.groupIds],
    grantIds: ['Grant', a.grantIds],
    splitIds: ['Split', a.splitIds],
  });

/** The splits linked to each action among those the reader may read (a draft split stays the coordinator's). */
async function readableSplits(em: EntityManager, ctx: RequestContext, ids: string[]): Promise<Map<string, string[]>> {
  const byAction = new Map<string, string[]>();
  if (ids.length === 0) return byAction;
  const qb = em
    .getRepository<ObjectLiteral>('Split')
    .createQueryBuilder('s')
    .innerJoin(StrategyActionSplit, 'l', 'l.split_id = s.id')
    .select(['l.strategy_action_id AS "actionId"', 'l.split_id AS "splitId"'])
    .where('l.strategy_action_id IN (:...ids)', { ids })
    .orderBy('l.position');
  whereAllowed(qb, ctx.ability, 'read', 'Split');
  for (const { actionId, splitId } of await qb.getRawMany<{ actionId: string; splitId: string }>())
    byAction.set(actionId, [...(byAction.get(actionId) ?? []), splitId]);
  return byAction;
}
