import { ReadAs } from '../../../common/contract';

// The steps are declared here, not borrowed from the modules they come from: a domain reads another only through its
// service, and the trail shows a few fields of each step. Statuses are the other modules' keys (GrantStatus,
// SplitStatus…), shown through their own translations.

@ReadAs('Decision')
export class TrailDecisionResponse {
  id: string;
  number: number;
  title: string;
  outcome: string;
  decidedOn: string;
}

/** A strategy action, with the decisions that serve it (those the reader may read). */
@ReadAs('StrategyAction')
export class TrailActionResponse {
  id: string;
  axisId: string | null;
  number: number | null;
  title: string;
  status: string;
  decisions: TrailDecisionResponse[];
}

export class TrailInstalmentResponse {
  id: string;
  label: string;
  expectedCents: number;
  expectedOn: string;
  receivedCents: number | null;
  receivedOn: string | null;
}

/** A grant as a step of the trail: what was granted, what came in (instalments), and the in-kind co-financing. */
@ReadAs('Grant')
export class TrailGrantResponse {
  id: string;
  title: string;
  funderName: string;
  status: string;
  amountGrantedCents: number | null;
  receivedCents: number;
  /** Validated contributions in kind linked to the grant, valued: co-financing. */
  inKindCents: number;
  instalments: TrailInstalmentResponse[];
}

/** A payment of a split, as the reader may read it (a COPIL member: their own organisations' only). */
@ReadAs('SplitPayment')
export class TrailPaymentResponse {
  id: string;
  organisationId: string;
  organisationName: string;
  amountCents: number;
  paidOn: string;
}

@ReadAs('Split')
export class TrailSplitResponse {
  id: string;
  title: string;
  status: string;
  totalCents: number;
  approvedAt: Date | null;
  /** The grants its money comes from. */
  grantIds: string[];
  payments: TrailPaymentResponse[];
  /** The payments the reader sees, reversals deducted. */
  paidCents: number;
}

export class TrailTotalsResponse {
  grantedCents: number;
  receivedCents: number;
  inKindCents: number;
  paidCents: number;
}

/**
 * From decision to payment: the actions (with the decisions that serve them), the grants that finance them, their
 * instalments, the splits that carry the money on and their payments. Only what the reader may read.
 */
export class TrailResponse {
  actions: TrailActionResponse[];
  grants: TrailGrantResponse[];
  splits: TrailSplitResponse[];
  totals: TrailTotalsResponse;
}
