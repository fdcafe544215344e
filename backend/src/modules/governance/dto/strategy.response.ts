import { EnumOf, ReadAs } from '../../../common/contract';
import { STRATEGY_STATUSES, type StrategyStatus } from '../strategy-action.entity';
import { DecisionSummaryResponse } from './decision.response';

@ReadAs('StrategyAction')
export class StrategyActionResponse {
  id: string;
  /** None for a cross-cutting theme. */
  axisId: string | null;
  number: number | null;
  title: string;
  content: string;
  targetPublic: string[];
  involvesCopil: boolean;
  personDaysPerMonth: number | null;
  @EnumOf(STRATEGY_STATUSES, 'StrategyStatus') status: StrategyStatus;
  groupIds: string[];
  grantIds: string[];
  /** The splits linked to it, those the reader may read. */
  splitIds: string[];
  /** The decisions that serve it, those the reader may read. */
  decisions: DecisionSummaryResponse[];
  createdAt: Date;
  updatedAt: Date;
}

/** An axis on its own, as created or edited. */
export class StrategyAxisSummaryResponse {
  id: string;
  number: number;
  title: string;
}

export class StrategyAxisResponse extends StrategyAxisSummaryResponse {
  actions: StrategyActionResponse[];
}

export class StrategyResponse {
  axes: StrategyAxisResponse[];
  /** Cross-cutting themes: actions without an axis. */
  transversal: StrategyActionResponse[];
}
