/** How the amount left after the set-asides is shared. */
export const SPLIT_RULES = ['fixed_percent', 'fixed_amount', 'proportional', 'base_plus_proportional'] as const;
export type SplitRule = (typeof SPLIT_RULES)[number];

/** The rules whose shares follow the organisations' contributions. */
export const PROPORTIONAL_RULES: readonly SplitRule[] = ['proportional', 'base_plus_proportional'];

/** 100 %, in basis points: percentages and type weights are whole basis points (12,34 % = 1234). */
export const FULL_BP = 10_000;

export interface SetAside {
  label: string;
  amountCents: number;
}

export interface SplitParticipantInput {
  organisationId: string;
  /** fixed_percent: this organisation's share, in basis points; all of them add up to 10 000. */
  shareBp?: number | null;
  /** fixed_amount: this organisation's amount; all of them add up to the amount left after the set-asides. */
  amountCents?: number | null;
  /** Proportional rules: the value of its validated contributions, per contribution type, in cents. */
  contributions?: Record<string, number> | null;
  floorCents?: number | null;
  capCents?: number | null;
}

export interface SplitInput {
  totalCents: number;
  rule: SplitRule;
  /** base_plus_proportional: what every organisation gets before the proportional part. */
  baseCents?: number | null;
  /**
   * Proportional rules: weight of each contribution type in basis points (10 000 = counted at its value); a type not
   * listed counts at 10 000.
   */
  typeWeights?: Record<string, number> | null;
  /** Taken first from the total (e.g. the coordination's own costs). */
  setAsides?: SetAside[] | null;
  participants: SplitParticipantInput[];
}

export interface SplitLine {
  organisationId: string;
  /** What the organisation was given as inputs, kept beside the result so the line explains itself. */
  shareBp: number | null;
  fixedAmountCents: number | null;
  contributions: Record<string, number>;
  floorCents: number | null;
  capCents: number | null;
  /** Its validated contributions, all types, unweighted. */
  contributionCents: number;
  /** The same with the type weights applied, exact decimal cents (e.g. "123456.5000"). */
  weightedContributionCents: string;
  /** Fixed base given before the proportional part (0 outside base_plus_proportional). */
  baseCents: number;
  /** Its part of the weights (percentage, amount or weighted contributions), before floors and caps: "0.253012". */
  ratio: string;
  /** The share before rounding, after floors and caps, as exact decimal cents rounded to 4 places for display. */
  exactShareCents: string;
  /** Cents added by the largest-remainder rounding (0 or 1). */
  roundingCents: number;
  /** Floor or cap the share was held at. */
  bound: 'floor' | 'cap' | null;
  amountCents: number;
}

export interface SplitRound {
  clamped: { organisationId: string; bound: 'floor' | 'cap'; amountCents: number }[];
  /** What was left to share after this round, and among how many organisations. */
  remainingCents: number;
  sharedAmong: number;
}

export interface SplitResult {
  rule: SplitRule;
  totalCents: number;
  setAsides: SetAside[];
  setAsideCents: number;
  /** The total minus the set-asides: what the lines add up to, to the cent. */
  distributedCents: number;
  lines: SplitLine[];
  /** How floors and caps were applied, round by round (empty when none was reached). */
  rounds: SplitRound[];
}
