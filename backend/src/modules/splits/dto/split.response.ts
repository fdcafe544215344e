import { ApiProperty } from '@nestjs/swagger';
import { EnumOf, ReadAs } from '../../../common/contract';
import { CONTRIBUTION_TYPES, type ContributionType } from '../../contributions/contribution-totals.service';
import { SPLIT_RULES, type SplitRule } from '../engine';
import { LEDGER_KINDS, type LedgerKind } from '../split-ledger-entry.entity';
import { SPLIT_STATUSES, type SplitStatus } from '../split.entity';

// Money in integer cents; percentages and weights in basis points (10 000 = 100 %).
// What a COPIL member may read of a split is their own organisation's part: lines, their inputs, payments and
// ledger entries of other organisations are `@ReadAs` the subject whose rule says so, and never leave the server.

const BOUNDS = ['floor', 'cap'] as const;

export class SetAsideResponse {
  label: string;
  amountCents: number;
}

export class TypeWeightResponse {
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType') type: ContributionType;
  /** 10 000 = counted at its value; 5 000 = at half. */
  weightBp: number;
}

@ReadAs('Split')
export class SplitListItemResponse {
  id: string;
  title: string;
  @EnumOf(SPLIT_STATUSES, 'SplitStatus') status: SplitStatus;
  @EnumOf(SPLIT_RULES, 'SplitRule') rule: SplitRule;
  totalCents: number;
  organisationCount: number;
  /**
   * Over the lines the reader may read (every line for the coordinator, their organisation's for a COPIL member); null
   * for a draft.
   */
  allocatedCents: number | null;
  paidCents: number | null;
  approvedAt: Date | null;
  settledAt: Date | null;
  createdAt: Date;
}

/** An organisation's inputs to a split, read as its line is. */
@ReadAs('SplitLine')
export class SplitParticipantResponse {
  organisationId: string;
  organisationName: string;
  shareBp: number | null;
  amountCents: number | null;
  floorCents: number | null;
  capCents: number | null;
}

/** A grant the money comes from. */
export class SplitSourceResponse {
  grantId: string;
  grantTitle: string | null;
  funderName: string | null;
  amountCents: number;
}

/** A granted grant and what is left of it to split. */
export class AvailableGrantResponse extends SplitSourceResponse {
  grantedCents: number;
  /** Taken by approved splits. */
  splitCents: number;
}

/** An organisation's share, with the inputs it came from and its explanation. */
@ReadAs('SplitLine')
export class SplitLineResponse {
  organisationId: string;
  organisationName: string;
  shareBp: number | null;
  fixedAmountCents: number | null;
  /** Validated contributions per type, in cents. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  contributions: Record<string, number>;
  floorCents: number | null;
  capCents: number | null;
  /** Its validated contributions, all types, unweighted. */
  contributionCents: number;
  /** Exact decimal cents, e.g. "123456.5000". */
  weightedContributionCents: string;
  baseCents: number;
  /** Decimal ratio, e.g. "0.253012". */
  ratio: string;
  exactShareCents: string;
  /** Cents added by the largest-remainder rounding (0 or 1). */
  roundingCents: number;
  @EnumOf(BOUNDS, 'SplitBound', { nullable: true }) bound: (typeof BOUNDS)[number] | null;
  amountCents: number;
  explanation: string;
  /** Approved splits: paid so far and what remains. */
  paidCents?: number | null;
  remainingCents?: number | null;
}

@ReadAs('SplitLine')
export class SplitClampedResponse {
  organisationId: string;
  @EnumOf(BOUNDS, 'SplitBound') bound: (typeof BOUNDS)[number];
  amountCents: number;
}

/** A round of floors and caps. */
export class SplitRoundResponse {
  clamped: SplitClampedResponse[];
  /** What was left to share after this round, and among how many organisations. */
  remainingCents: number;
  sharedAmong: number;
}

export class SplitResultResponse {
  setAsideCents: number;
  distributedCents: number;
  /** Null when the reader sees only some of the lines. */
  rounds: SplitRoundResponse[] | null;
  fingerprint: string | null;
  lines: SplitLineResponse[];
}

/** A split computed without being saved. */
export class SplitSimulationResponse {
  @EnumOf(SPLIT_RULES, 'SplitRule') rule: SplitRule;
  totalCents: number;
  setAsides: SetAsideResponse[];
  setAsideCents: number;
  distributedCents: number;
  lines: SplitLineResponse[];
  rounds: SplitRoundResponse[];
  sources: SplitSourceResponse[];
  /** SHA-256 of everything the result was computed from; approval can insist it has not moved. */
  fingerprint: string;
}

/** A payment, or the reversal of one (a negative amount). */
@ReadAs('SplitPayment')
export class SplitPaymentResponse {
  id: string;
  organisationId: string;
  organisationName: string;
  amountCents: number;
  /** YYYY-MM-DD. */
  paidOn: string;
  reference: string;
  note: string | null;
  reversesId: string | null;
  reversedById: string | null;
  recordedByName: string | null;
  createdAt: Date;
}

export class SplitDecisionResponse {
  id: string;
  number: number;
  title: string;
  decidedOn: string;
}

/** A split without its lines, participants and payments. */
@ReadAs('Split')
export class SplitSummaryResponse {
  id: string;
  title: string;
  @EnumOf(SPLIT_STATUSES, 'SplitStatus') status: SplitStatus;
  @EnumOf(SPLIT_RULES, 'SplitRule') rule: SplitRule;
  totalCents: number;
  baseCents: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  typeWeights: TypeWeightResponse[] | null;
  setAsides: SetAsideResponse[];
  notes: string | null;
  organisationCount: number;
  sources: SplitSourceResponse[];
  createdByName: string | null;
  createdAt: Date;
  updatedAt: Date;
  approvedByName: string | null;
  approvedAt: Date | null;
  copilDecisionId: string | null;
  copilDecision: SplitDecisionResponse | null;
  settledAt: Date | null;
  /** Shown on the public transparency page (when the network turns it on). */
  published: boolean;
}

@ReadAs('Split')
export class SplitDetailResponse extends SplitSummaryResponse {
  participants: SplitParticipantResponse[];
  /** Drafts: the simulation with today's contributions; null when it cannot be computed any more (see `problems`). */
  result: SplitResultResponse | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, nullable: true })
  problems: Record<string, string[]> | null;
  payments: SplitPaymentResponse[];
}

@ReadAs('SplitLedgerEntry')
export class SplitLedgerEntryResponse {
  id: string;
  at: Date;
  @EnumOf(LEDGER_KINDS, 'LedgerKind') kind: LedgerKind;
  splitId: string;
  splitTitle: string;
  organisationId: string | null;
  organisationName: string | null;
  amountCents: number | null;
  paymentId: string | null;
  actorName: string | null;
  summary: string;
}

export class SplitOrganisationResponse {
  id: string;
  name: string;
}

export class OrganisationContributionResponse {
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType') type: ContributionType;
  valueCents: number;
}

/** One approved split's share of the organisation. */
export class OrganisationShareResponse {
  splitId: string;
  title: string;
  @EnumOf(SPLIT_STATUSES, 'SplitStatus') status: SplitStatus;
  @EnumOf(SPLIT_RULES, 'SplitRule') rule: SplitRule;
  approvedAt: Date;
  amountCents: number;
  paidCents: number;
  remainingCents: number;
  explanation: string;
}

@ReadAs('SplitPayment')
export class StatementPaymentResponse extends SplitPaymentResponse {
  splitId: string;
  splitTitle: string;
}

export class StatementTotalsResponse {
  contributionCents: number;
  allocatedCents: number;
  paidCents: number;
  remainingCents: number;
}

/** What an organisation can show its own board: its shares, what it was paid, and how each share came about. */
export class OrganisationStatementResponse {
  organisation: SplitOrganisationResponse;
  /** Validated contributions per type, all periods. */
  contributions: OrganisationContributionResponse[];
  shares: OrganisationShareResponse[];
  payments: StatementPaymentResponse[];
  totals: StatementTotalsResponse;
}

export class StatementSplitResponse extends SplitSummaryResponse {
  distributedCents: number;
}

/** One organisation's share of one split: the other organisations' inputs stay off it. */
export class SplitStatementResponse {
  split: StatementSplitResponse;
  organisation: SplitOrganisationResponse;
  line: SplitLineResponse;
  payments: SplitPaymentResponse[];
}
