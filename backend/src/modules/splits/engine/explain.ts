import { formatEuros, formatFineEuros, type Locale } from '@maillage/emails/money';
import { formatPercent } from './percent';
import type { SplitLine, SplitRule } from './types';

interface Context {
  rule: SplitRule;
  /** Whether some organisation was held at its floor or cap (the others' shares were then recomputed). */
  clamped: boolean;
}

const words = {
  fr: {
    percent: (pct: string) => `${pct} du montant réparti`,
    fixed: (amount: string) => `montant fixé : ${amount}`,
    base: (amount: string) => `base ${amount}`,
    contributions: (value: string, weighted: string | null, pct: string) =>
      `contributions validées ${value}${weighted ? ` (pondérées ${weighted})` : ''}, soit ${pct} du total`,
    exact: (amount: string) => `part exacte ${amount}`,
    floor: (amount: string) => `relevée au plancher de ${amount}`,
    cap: (amount: string) => `limitée au plafond de ${amount}`,
    recomputed: 'recalculée après les planchers et plafonds des autres',
    rounding: (cents: string) => `arrondi au centime : +${cents}`,
    roundedDown: 'arrondi au centime inférieur',
    result: (amount: string) => `= ${amount}`,
  },
  en: {
    percent: (pct: string) => `${pct} of the amount split`,
    fixed: (amount: string) => `fixed amount: ${amount}`,
    base: (amount: string) => `base ${amount}`,
    contributions: (value: string, weighted: string | null, pct: string) =>
      `validated contributions ${value}${weighted ? ` (weighted ${weighted})` : ''}, ${pct} of the total`,
    exact: (amount: string) => `exact share ${amount}`,
    floor: (amount: string) => `raised to the floor of ${amount}`,
    cap: (amount: string) => `held at the cap of ${amount}`,
    recomputed: 'recomputed after the others’ floors and caps',
    rounding: (cents: string) => `rounded to the cent: +${cents}`,
    roundedDown: 'rounded down to the cent',
    result: (amount: string) => `= ${amount}`,
  },
} as const;

/** One sentence that says how a line's amount came about, for statements and exports. */
export function explainLine(line: SplitLine, ctx: Context, locale: Locale): string {
  const w = words[locale];
  const eur = (c: number) => formatEuros(c, locale);
  const parts: string[] = [];
  if (ctx.rule === 'fixed_percent') parts.push(w.percent(formatPercent((line.shareBp! / 10_000).toString(), locale)));
  if (ctx.rule === 'fixed_amount') parts.push(w.fixed(eur(line.fixedAmountCents!)));
  if (ctx.rule === 'base_plus_proportional') parts.push(w.base(eur(line.baseCents)));
  if (ctx.rule === 'proportional' || ctx.rule === 'base_plus_proportional') {
    const weighted =
      line.weightedContributionCents !== `${line.contributionCents}.0000`
        ? formatFineEuros(line.weightedContributionCents, locale)
        : null;
    parts.push(w.contributions(eur(line.contributionCents), weighted, formatPercent(line.ratio, locale)));
  }
  if (line.bound === 'floor') parts.push(w.floor(eur(line.floorCents!)));
  else if (line.bound === 'cap') parts.push(w.cap(eur(line.capCents!)));
  else {
    parts.push(w.exact(formatFineEuros(line.exactShareCents, locale)) + (ctx.clamped ? ` (${w.recomputed})` : ''));
    if (line.roundingCents > 0) parts.push(w.rounding(eur(line.roundingCents)));
    else if (!/\.0+$/.test(line.exactShareCents)) parts.push(w.roundedDown);
  }
  const sentence = `${parts.join(locale === 'fr' ? ' ; ' : '; ')} ${w.result(eur(line.amountCents))}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
