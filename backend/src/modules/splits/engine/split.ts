import { cents, decimal, formatEuros, isCents as wholeCents, sumCents } from '@maillage/emails/money';
import { ValidationFailed, type FieldErrors, type Text } from '../../../common/errors';
import { allocate, type Claim } from './allocate';
import {
  FULL_BP,
  PROPORTIONAL_RULES,
  SPLIT_RULES,
  type SplitInput,
  type SplitLine,
  type SplitParticipantInput,
  type SplitResult,
} from './types';
import { SplitError } from '../splits.errors';
import { msg } from '../../../common/error-catalogue';
import type { Locale } from '../../../common/messages';

/** A type weight may count a contribution up to 100 times its value. */
const MAX_TYPE_WEIGHT_BP = 100 * FULL_BP;

const isCents = (v: unknown): v is number => wholeCents(v) && v >= 0;
const given = (v: number | null | undefined): v is number => v !== null && v !== undefined;
/** An amount as a message parameter, formatted in the reader's language. */
const money = (cents: bigint | number) => (l: Locale) => formatEuros(cents, l);

/**
 * Shares `input.totalCents` among the participants by the rule, to the cent. Pure: same input, same result,
 * whatever the order of the participants. Bad or infeasible input throws ValidationFailed, with field paths
 * as the API's split body names them (`participants.2.capCents`).
 */
export function computeSplit(input: SplitInput): SplitResult {
  validateFields(input);
  const setAsides = (input.setAsides ?? []).map((s) => ({ label: s.label, amountCents: s.amountCents }));
  const setAsideCents = sumCents(setAsides.map((s) => s.amountCents));
  const distributable = BigInt(input.totalCents - setAsideCents);
  const claims = input.participants.map((p) => claimOf(input, p));
  checkFeasible(input, claims, distributable);

  const { allocations, rounds } = allocate(distributable, claims);
  const totalWeight = claims.reduce((a, c) => a + c.weight, 0n);
  const lines = input.participants.map((p, i): SplitLine => {
    const a = allocations.get(p.organisationId)!;
    const contributions = { ...(p.contributions ?? {}) };
    const proportional = PROPORTIONAL_RULES.includes(input.rule);
    return {
      organisationId: p.organisationId,
      shareBp: input.rule === 'fixed_percent' ? p.shareBp! : null,
      fixedAmountCents: input.rule === 'fixed_amount' ? p.amountCents! : null,
      contributions,
      floorCents: p.floorCents ?? null,
      capCents: p.capCents ?? null,
      contributionCents: sumCents(Object.values(contributions)),
      weightedContributionCents: proportional ? decimal(claims[i].weight, BigInt(FULL_BP), 4) : '0.0000',
      baseCents: cents(claims[i].base),
      ratio: totalWeight > 0n ? decimal(claims[i].weight, totalWeight, 6) : '0.000000',
      exactShareCents: decimal(a.exactNum, a.exactDen, 4),
      roundingCents: a.rounding,
      bound: a.bound,
      amountCents: cents(a.amount),
    };
  });
  return {
    rule: input.rule,
    totalCents: input.totalCents,
    setAsides,
    setAsideCents,
    distributedCents: cents(distributable),
    lines,
    rounds: rounds.map((r) => ({
      clamped: r.clamped.map((k) => ({ organisationId: k.id, bound: k.bound, amountCents: cents(k.amount) })),
      remainingCents: cents(r.remaining),
      sharedAmong: r.sharedAmong,
    })),
  };
}

/**
 * Every rule as base + weight: percentages and fixed amounts are weights too, so floors and caps work the same for all.
 */
function claimOf(input: SplitInput, p: SplitParticipantInput): Claim {
  const weights = input.typeWeights ?? {};
  const weighted = () =>
    Object.entries(p.contributions ?? {}).reduce(
      (w, [type, cents]) => w + BigInt(cents) * BigInt(weights[type] ?? FULL_BP),
      0n,
    );
  const weight =
    input.rule === 'fixed_percent'
      ? BigInt(p.shareBp!)
      : input.rule === 'fixed_amount'
        ? BigInt(p.amountCents!)
        : weighted();
  return {
    id: p.organisationId,
    base: input.rule === 'base_plus_proportional' ? BigInt(input.baseCents!) : 0n,
    weight,
    floor: BigInt(p.floorCents ?? 0),
    cap: given(p.capCents) ? BigInt(p.capCents) : null,
  };
}

function validateFields(input: SplitInput): void {
  const fields: FieldErrors = {};
  const add = (path: string, text: Text) => (fields[path] ??= []).push(text);
  const cents = (path: string, v: unknown, required: boolean) => {
    if (v === null || v === undefined) {
      if (required) add(path, SplitError.FieldRequired);
    } else if (!isCents(v)) add(path, SplitError.InvalidAmountWholeCentsNot);
  };

  if (!SPLIT_RULES.includes(input.rule)) add('rule', SplitError.UnknownRule);
  cents('totalCents', input.totalCents, true);
  if (input.rule === 'base_plus_proportional') cents('baseCents', input.baseCents, true);
  for (const [type, bp] of Object.entries(input.typeWeights ?? {})) {
    if (!Number.isSafeInteger(bp) || bp < 0 || bp > MAX_TYPE_WEIGHT_BP) {
      add(`typeWeights.${type}`, SplitError.InvalidWeight01000);
    }
  }
  (input.setAsides ?? []).forEach((s, i) => cents(`setAsides.${i}.amountCents`, s.amountCents, true));

  const seen = new Set<string>();
  if (input.participants.length === 0) add('participants', SplitError.ChooseLeastOneOrganisation);
  input.participants.forEach((p, i) => {
    const at = `participants.${i}`;
    if (seen.has(p.organisationId)) add(`${at}.organisationId`, SplitError.OrganisationListedTwice);
    seen.add(p.organisationId);
    if (input.rule === 'fixed_percent') {
      if (!given(p.shareBp)) add(`${at}.shareBp`, SplitError.FieldRequired);
      else if (!Number.isSafeInteger(p.shareBp) || p.shareBp < 0 || p.shareBp > FULL_BP)
        add(`${at}.shareBp`, SplitError.InvalidPercentage0100);
    }
    if (input.rule === 'fixed_amount') cents(`${at}.amountCents`, p.amountCents, true);
    for (const [type, v] of Object.entries(p.contributions ?? {})) cents(`${at}.contributions.${type}`, v, true);
    cents(`${at}.floorCents`, p.floorCents, false);
    cents(`${at}.capCents`, p.capCents, false);
    if (isCents(p.floorCents) && isCents(p.capCents) && p.capCents < p.floorCents) {
      add(`${at}.capCents`, SplitError.CapBelowFloor);
    }
  });
  if (Object.keys(fields).length) throw new ValidationFailed(fields);

  // Sums, once every number is known to be sound.
  const setAside = sumCents((input.setAsides ?? []).map((s) => s.amountCents));
  if (setAside > input.totalCents) {
    add('setAsides', msg(SplitError.SetAsidesExceed, { setAside: money(setAside) }));
  }
  if (input.rule === 'fixed_percent') {
    const bp = input.participants.reduce((a, p) => a + p.shareBp!, 0);
    if (bp !== FULL_BP) {
      const pct = (l: 'fr' | 'en') =>
        new Intl.NumberFormat(l === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(bp / 100);
      add('participants', msg(SplitError.PercentagesNot100, { pct }));
    }
  }
  if (input.rule === 'fixed_amount' && setAside <= input.totalCents) {
    const sum = sumCents(input.participants.map((p) => p.amountCents!));
    const left = input.totalCents - setAside;
    if (sum !== left) {
      add('participants', msg(SplitError.AmountsNotTotal, { sum: money(sum), left: money(left) }));
    }
  }
  if (Object.keys(fields).length) throw new ValidationFailed(fields);
}

/**
 * Shares are `clamp(base + λ·weight, floor, cap)` with λ ≥ 0: the least that can be given is every share at
 * λ = 0, the most is every weighted share at its cap. The amount must lie between, or no split exists.
 */
function checkFeasible(input: SplitInput, claims: Claim[], amount: bigint): void {
  const clampBase = (c: Claim) => (c.base < c.floor ? c.floor : c.cap !== null && c.base > c.cap ? c.cap : c.base);
  const least = claims.reduce((a, c) => a + clampBase(c), 0n);
  const uncapped = claims.some((c) => c.weight > 0n && c.cap === null);
  const most = claims.reduce((a, c) => a + (c.weight > 0n ? (c.cap ?? 0n) : clampBase(c)), 0n);
  const noWeight = claims.every((c) => c.weight === 0n);

  if (least > amount) {
    const bases = claims.reduce((a, c) => a + c.base, 0n);
    if (input.rule === 'base_plus_proportional' && bases > amount) {
      throw ValidationFailed.field(
        'baseCents',
        msg(SplitError.BasesExceed, { count: claims.length, bases: money(bases), amount: money(amount) }),
      );
    }
    throw ValidationFailed.field(
      'participants',
      msg(SplitError.FloorsExceed, { least: money(least), amount: money(amount) }),
    );
  }
  if (!uncapped && most < amount) {
    if (noWeight && PROPORTIONAL_RULES.includes(input.rule)) {
      throw ValidationFailed.field('participants', SplitError.NoValidatedContributionsTheseOrganisations);
    }
    if (noWeight) {
      throw ValidationFailed.field('participants', SplitError.EveryShareZero);
    }
    throw ValidationFailed.field(
      'participants',
      msg(SplitError.CapsBelow, { most: money(most), amount: money(amount) }),
    );
  }
}
