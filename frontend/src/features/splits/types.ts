import type { ContributionType } from '@/features/contributions/types';

/** DTOs of the splits API (backend/src/modules/splits). Money in integer cents; percentages and weights in basis points. */

export const SPLIT_RULES = ['proportional', 'base_plus_proportional', 'fixed_percent', 'fixed_amount'] as const;
export type SplitRule = (typeof SPLIT_RULES)[number];
export const PROPORTIONAL_RULES: readonly SplitRule[] = ['proportional', 'base_plus_proportional'];

export const SPLIT_STATUSES = ['draft', 'approved', 'settled'] as const;
export type SplitStatus = (typeof SPLIT_STATUSES)[number];

export interface SetAside {
  label: string;
  amountCents: number;
}

export interface SplitParticipantInput {
  organisationId: string;
  shareBp?: number | null;
  amountCents?: number | null;
  floorCents?: number | null;
  capCents?: number | null;
}

/** Body of POST /splits/simulate; with a title and notes, of POST /splits and PUT /splits/:id. */
export interface SplitParameters {
  rule: SplitRule;
  totalCents: number;
  baseCents?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  typeWeights?: { type: ContributionType; weightBp: number }[] | null;
  setAsides?: SetAside[];
  participants: SplitParticipantInput[];
  sources?: { grantId: string; amountCents: number }[];
}

export interface SaveSplitInput extends SplitParameters {
  title: string;
  notes?: string | null;
}

export interface SplitLine {
  organisationId: string;
  organisationName: string;
  shareBp: number | null;
  fixedAmountCents: number | null;
  contributions: Partial<Record<ContributionType, number>>;
  floorCents: number | null;
  capCents: number | null;
  contributionCents: number;
  /** Exact decimal cents, e.g. "123456.5000". */
  weightedContributionCents: string;
  baseCents: number;
  /** Decimal ratio, e.g. "0.253012". */
  ratio: string;
  exactShareCents: string;
  roundingCents: number;
  bound: 'floor' | 'cap' | null;
  amountCents: number;
  explanation: string;
  /** Approved splits only. */
  paidCents?: number | null;
  remainingCents?: number | null;
}

export interface SplitRound {
  clamped: { organisationId: string; bound: 'floor' | 'cap'; amountCents: number }[];
  remainingCents: number;
  sharedAmong: number;
}

export interface SourceView {
  grantId: string;
  grantTitle: string | null;
  funderName: string | null;
  amountCents: number;
}

export interface AvailableGrant extends SourceView {
  grantedCents: number;
  splitCents: number;
}

export interface Simulation {
  rule: SplitRule;
  totalCents: number;
  setAsides: SetAside[];
  setAsideCents: number;
  distributedCents: number;
  lines: SplitLine[];
  rounds: SplitRound[];
  sources: SourceView[];
  fingerprint: string;
}

export interface SplitListItem {
  id: string;
  title: string;
  status: SplitStatus;
  rule: SplitRule;
  totalCents: number;
  organisationCount: number;
  allocatedCents: number | null;
  paidCents: number | null;
  approvedAt: string | null;
  settledAt: string | null;
  createdAt: string;
}

export interface Payment {
  id: string;
  organisationId: string;
  organisationName: string;
  amountCents: number;
  paidOn: string;
  reference: string;
  note: string | null;
  reversesId: string | null;
  reversedById: string | null;
  recordedByName: string | null;
  createdAt: string;
}

export interface SplitDetail {
  id: string;
  title: string;
  status: SplitStatus;
  rule: SplitRule;
  totalCents: number;
  baseCents: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  typeWeights: { type: ContributionType; weightBp: number }[] | null;
  setAsides: SetAside[];
  notes: string | null;
  organisationCount: number;
  participants: (Required<SplitParticipantInput> & { organisationName: string })[];
  sources: SourceView[];
  createdByName: string | null;
  createdAt: string;
  updatedAt: string;
  approvedByName: string | null;
  approvedAt: string | null;
  copilDecisionId: string | null;
  copilDecision: { id: string; number: number; title: string; decidedOn: string } | null;
  settledAt: string | null;
  result: { setAsideCents: number; distributedCents: number; rounds: SplitRound[] | null; fingerprint: string | null; lines: SplitLine[] } | null;
  problems: Record<string, string[]> | null;
  payments: Payment[];
}

export const LEDGER_KINDS = ['allocated', 'paid', 'reversed', 'settled', 'reopened'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerEntry {
  id: string;
  at: string;
  kind: LedgerKind;
  splitId: string;
  splitTitle: string;
  organisationId: string | null;
  organisationName: string | null;
  amountCents: number | null;
  paymentId: string | null;
  actorName: string | null;
  summary: string;
}

export interface OrganisationStatement {
  organisation: { id: string; name: string };
  contributions: { type: ContributionType; valueCents: number }[];
  shares: { splitId: string; title: string; status: SplitStatus; rule: SplitRule; approvedAt: string; amountCents: number; paidCents: number; remainingCents: number; explanation: string }[];
  payments: (Payment & { splitId: string; splitTitle: string })[];
  totals: { contributionCents: number; allocatedCents: number; paidCents: number; remainingCents: number };
}

export interface SplitStatement {
  split: Omit<SplitDetail, 'result' | 'problems' | 'payments' | 'participants'> & { distributedCents: number };
  organisation: { id: string; name: string };
  line: SplitLine;
  payments: Payment[];
}

export interface SplitListQuery {
  status?: SplitStatus;
  organisationId?: string;
  sort?: 'createdAt' | 'title' | 'totalCents' | 'approvedAt';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}
