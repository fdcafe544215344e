import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../common/request-context';
import { GrantsService } from '../funding/grants.service';
import { StrategyService } from '../governance/strategy.service';
import { SplitsService } from '../splits/splits.service';
import type { TrailActionResponse, TrailGrantResponse, TrailResponse, TrailSplitResponse } from './dto/trail.response';

/**
 * The trail from decision to payment, seen from a strategy action or from a grant: decisions → actions → grants →
 * instalments received → splits → payments, each read through its module's service with the reader's rights (lists
 * filtered in SQL there), so a step the reader may not read is simply absent.
 */
@Injectable()
export class TrailService {
  constructor(
    private readonly strategy: StrategyService,
    private readonly grants: GrantsService,
    private readonly splits: SplitsService,
  ) {}

  async ofAction(ctx: RequestContext, id: string): Promise<TrailResponse> {
    const action = await this.strategy.getAction(ctx, id);
    const grantIds = await this.grants.readableIds(ctx, action.grantIds);
    return this.trail(ctx, [action], grantIds, action.splitIds);
  }

  async ofGrant(ctx: RequestContext, id: string): Promise<TrailResponse> {
    const grant = await this.grants.get(ctx, id);
    const actions = [];
    for (const actionId of grant.strategyActionIds) actions.push(await this.strategy.getAction(ctx, actionId));
    return this.trail(ctx, actions, [id], await this.splits.idsForGrant(ctx, id));
  }

  private async trail(
    ctx: RequestContext,
    actions: TrailActionResponse[],
    grantIds: string[],
    splitIds: string[],
  ): Promise<TrailResponse> {
    const grants: TrailGrantResponse[] = [];
    for (const grantId of grantIds) {
      const g = await this.grants.get(ctx, grantId);
      grants.push({
        ...g,
        funderName: g.funder.name,
        receivedCents: g.figures.receivedCents,
        inKindCents: g.figures.inKindCents,
      });
    }
    const splits: TrailSplitResponse[] = [];
    for (const splitId of splitIds) {
      const s = await this.splits.get(ctx, splitId);
      splits.push({
        ...s,
        grantIds: s.sources.map((src) => src.grantId),
        paidCents: s.payments.reduce((sum, p) => sum + p.amountCents, 0),
      });
    }
    const sum = <T>(items: T[], cents: (item: T) => number | null) =>
      items.reduce((total, item) => total + (cents(item) ?? 0), 0);
    return {
      actions,
      grants,
      splits,
      totals: {
        grantedCents: sum(grants, (g) => g.amountGrantedCents),
        receivedCents: sum(grants, (g) => g.receivedCents),
        inKindCents: sum(grants, (g) => g.inKindCents),
        paidCents: sum(splits, (s) => s.paidCents),
      },
    };
  }
}
