import { cents, decimal, formatEuros, isCents as wholeCents, sumCents } from '@maillage/emails/money';
import { ValidationFailed, type FieldErrors, type Text } from '../../../common/errors';
import { allocate, type Claim } from './allocate';
import { FULL_BP, PROPORTIONAL_RULES, SPLIT_RULES, type SplitInput, type SplitLine, type SplitParticipantInput, type SplitResult } from './types';

/** A type weight may count a contribution up to 100 times its value. */
const MAX_TYPE_WEIGHT_BP = 100 * FULL_BP;

const isCents = (v: unknown): v is number => wholeCents(v) && v >= 0;
const given = (v: number | null | undefined): v is number => v !== null && v !== undefined;
type Both = { fr: string; en: string };
const money = (cents: bigint | number): Both => ({ fr: formatEuros(cents, 'fr'), en: formatEuros(cents, 'en') });
/** A message in both languages around an amount already formatted in each. */
const both = (fr: (m: Both) => string, en: (m: Both) => string, m: Both): Both => ({ fr: fr(m), en: en(m) });

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

/** Every rule as base + weight: percentages and fixed amounts are weights too, so floors and caps work the same for all. */
function claimOf(input: SplitInput, p: SplitParticipantInput): Claim {
  const weights = input.typeWeights ?? {};
  const weighted = () =>
    Object.entries(p.contributions ?? {}).reduce((w, [type, cents]) => w + BigInt(cents) * BigInt(weights[type] ?? FULL_BP), 0n);
  const weight = input.rule === 'fixed_percent' ? BigInt(p.shareBp!) : input.rule === 'fixed_amount' ? BigInt(p.amountCents!) : weighted();
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
      if (required) add(path, { fr: 'Ce champ est obligatoire', en: 'This field is required' });
    } else if (!isCents(v)) add(path, { fr: 'Montant invalide (en centimes, entier positif)', en: 'Invalid amount (whole cents, not negative)' });
  };

  if (!SPLIT_RULES.includes(input.rule)) add('rule', { fr: 'Règle inconnue', en: 'Unknown rule' });
  cents('totalCents', input.totalCents, true);
  if (input.rule === 'base_plus_proportional') cents('baseCents', input.baseCents, true);
  for (const [type, bp] of Object.entries(input.typeWeights ?? {})) {
    if (!Number.isSafeInteger(bp) || bp < 0 || bp > MAX_TYPE_WEIGHT_BP) {
      add(`typeWeights.${type}`, { fr: 'Poids invalide (de 0 à 1 000 000 points de base)', en: 'Invalid weight (0 to 1,000,000 basis points)' });
    }
  }
  (input.setAsides ?? []).forEach((s, i) => cents(`setAsides.${i}.amountCents`, s.amountCents, true));

  const seen = new Set<string>();
  if (input.participants.length === 0) add('participants', { fr: 'Choisissez au moins une organisation', en: 'Choose at least one organisation' });
  input.participants.forEach((p, i) => {
    const at = `participants.${i}`;
    if (seen.has(p.organisationId)) add(`${at}.organisationId`, { fr: 'Organisation en double', en: 'Organisation listed twice' });
    seen.add(p.organisationId);
    if (input.rule === 'fixed_percent') {
      if (!given(p.shareBp)) add(`${at}.shareBp`, { fr: 'Ce champ est obligatoire', en: 'This field is required' });
      else if (!Number.isSafeInteger(p.shareBp) || p.shareBp < 0 || p.shareBp > FULL_BP) add(`${at}.shareBp`, { fr: 'Pourcentage invalide (de 0 à 100 %)', en: 'Invalid percentage (0 to 100%)' });
    }
    if (input.rule === 'fixed_amount') cents(`${at}.amountCents`, p.amountCents, true);
    for (const [type, v] of Object.entries(p.contributions ?? {})) cents(`${at}.contributions.${type}`, v, true);
    cents(`${at}.floorCents`, p.floorCents, false);
    cents(`${at}.capCents`, p.capCents, false);
    if (isCents(p.floorCents) && isCents(p.capCents) && p.capCents < p.floorCents) {
      add(`${at}.capCents`, { fr: 'Le plafond est inférieur au plancher', en: 'The cap is below the floor' });
    }
  });
  if (Object.keys(fields).length) throw new ValidationFailed(fields);

  // Sums, once every number is known to be sound.
  const setAside = sumCents((input.setAsides ?? []).map((s) => s.amountCents));
  if (setAside > input.totalCents) {
    add('setAsides', both((m) => `Les montants mis de côté (${m.fr}) dépassent le montant à répartir`, (m) => `The amounts set aside (${m.en}) exceed the amount to split`, money(setAside)));
  }
  if (input.rule === 'fixed_percent') {
    const bp = input.participants.reduce((a, p) => a + p.shareBp!, 0);
    if (bp !== FULL_BP) {
      const pct = (l: 'fr' | 'en') => new Intl.NumberFormat(l === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(bp / 100);
      add('participants', { fr: `Les pourcentages totalisent ${pct('fr')} % au lieu de 100 %`, en: `The percentages add up to ${pct('en')}% instead of 100%` });
    }
  }
  if (input.rule === 'fixed_amount' && setAside <= input.totalCents) {
    const sum = sumCents(input.participants.map((p) => p.amountCents!));
    const left = input.totalCents - setAside;
    if (sum !== left) {
      add('participants', {
        fr: `Les montants totalisent ${formatEuros(sum, 'fr')} au lieu de ${formatEuros(left, 'fr')}`,
        en: `The amounts add up to ${formatEuros(sum, 'en')} instead of ${formatEuros(left, 'en')}`,
      });
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
      throw ValidationFailed.field('baseCents', both(
        (m) => `La base × ${claims.length} organisations (${m.fr}) dépasse les ${formatEuros(amount, 'fr')} à répartir`,
        (m) => `The base × ${claims.length} organisations (${m.en}) exceeds the ${formatEuros(amount, 'en')} to split`, money(bases)));
    }
    throw ValidationFailed.field('participants', both(
      (m) => `Les planchers demandent au moins ${m.fr}, plus que les ${formatEuros(amount, 'fr')} à répartir`,
      (m) => `The floors need at least ${m.en}, more than the ${formatEuros(amount, 'en')} to split`, money(least)));
  }
  if (!uncapped && most < amount) {
    if (noWeight && PROPORTIONAL_RULES.includes(input.rule)) {
      throw ValidationFailed.field('participants', {
        fr: 'Aucune contribution validée pour ces organisations (période et types choisis) : rien sur quoi répartir au prorata',
        en: 'No validated contributions for these organisations (chosen period and types): nothing to share in proportion to',
      });
    }
    if (noWeight) {
      throw ValidationFailed.field('participants', { fr: 'Toutes les parts sont nulles', en: 'Every share is zero' });
    }
    throw ValidationFailed.field('participants', both(
      (m) => `Les plafonds ne permettent de répartir que ${m.fr} sur ${formatEuros(amount, 'fr')}`,
      (m) => `The caps allow only ${m.en} of the ${formatEuros(amount, 'en')} to be split`, money(most)));
  }
}
