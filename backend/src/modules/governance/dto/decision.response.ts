import { EnumOf, ReadAs } from '../../../common/contract';
import { DECISION_VISIBILITIES, type DecisionVisibility } from '../../../permissions/ability';
import { DECISION_METHODS, DECISION_OUTCOMES, type DecisionMethod, type DecisionOutcome } from '../decision.entity';

/**
 * A decision of the log. Volunteers and contractors read only the public ones (see the ability and
 * docs/permissions.md).
 */
@ReadAs('Decision')
export class DecisionResponse {
  id: string;
  /** The number people cite ("décision n° 42"). */
  number: number;
  title: string;
  proposal: string;
  proposedByPersonId: string | null;
  proposedByName: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingStartsAt: Date | null;
  onlineLink: string | null;
  workingGroupId: string | null;
  @EnumOf(DECISION_METHODS, 'DecisionMethod') method: DecisionMethod;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  @EnumOf(DECISION_OUTCOMES, 'DecisionOutcome') outcome: DecisionOutcome;
  /** A calendar day, YYYY-MM-DD. */
  decidedOn: string;
  @EnumOf(DECISION_VISIBILITIES, 'DecisionVisibility') visibility: DecisionVisibility;
  amendsDecisionId: string | null;
  amendsNumber: number | null;
  amendmentCount: number;
  recordedAt: Date;
}

/** A strategy action a decision serves. */
export class DecisionStrategyActionResponse {
  id: string;
  title: string;
}

@ReadAs('Decision')
export class DecisionDetailResponse extends DecisionResponse {
  /** Only those the reader may read. */
  amendments: DecisionResponse[];
  strategyActions: DecisionStrategyActionResponse[];
}

/** A decision as a line of a meeting or a strategy action: only those the reader may read. */
@ReadAs('Decision')
export class DecisionSummaryResponse {
  id: string;
  number: number;
  title: string;
  @EnumOf(DECISION_OUTCOMES, 'DecisionOutcome') outcome: DecisionOutcome;
  @EnumOf(DECISION_METHODS, 'DecisionMethod') method: DecisionMethod;
  decidedOn: string;
  @EnumOf(DECISION_VISIBILITIES, 'DecisionVisibility') visibility: DecisionVisibility;
  amendsDecisionId: string | null;
}
