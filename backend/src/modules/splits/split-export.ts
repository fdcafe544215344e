import { exportList } from '../../common/exports/columns';
import type { SplitLineResponse } from './dto/split.response';

/** A line of a split as exported: its bound in the reader's language. */
export type SplitExportLine = SplitLineResponse & { boundLabel: string | null };

/** Exact decimal cents ("123456.5000") as decimal euros ("1234.565000"), the decimal point moved, not rounded. */
const exactEuros = (centsDecimal: string) => {
  const [whole, frac = ''] = centsDecimal.replace(/^-/, '').split('.');
  const padded = whole.padStart(3, '0');
  return `${centsDecimal.startsWith('-') ? '-' : ''}${padded.slice(0, -2)}.${padded.slice(-2)}${frac}`;
};

/** A split's lines, one per organisation, with how each share was reached: its columns in their stable order. */
export const SPLIT_EXPORT = exportList<SplitExportLine>({
  file: 'repartition',
  title: { fr: 'Répartition', en: 'Split' },
  columns: [
    {
      key: 'organisation',
      header: { fr: 'Organisation', en: 'Organisation' },
      kind: 'text',
      value: (l) => l.organisationName,
    },
    {
      key: 'contributionCents',
      header: { fr: 'Contributions (€)', en: 'Contributions (€)' },
      kind: 'cents',
      value: (l) => l.contributionCents,
    },
    {
      key: 'weightedContributionCents',
      header: { fr: 'Contributions pondérées (€)', en: 'Weighted contributions (€)' },
      kind: 'number',
      value: (l) => exactEuros(l.weightedContributionCents),
    },
    { key: 'baseCents', header: { fr: 'Base (€)', en: 'Base (€)' }, kind: 'cents', value: (l) => l.baseCents },
    { key: 'ratio', header: { fr: 'Ratio', en: 'Ratio' }, kind: 'number', value: (l) => l.ratio },
    {
      key: 'exactShareCents',
      header: { fr: 'Part exacte (€)', en: 'Exact share (€)' },
      kind: 'number',
      value: (l) => exactEuros(l.exactShareCents),
    },
    {
      key: 'roundingCents',
      header: { fr: 'Arrondi (€)', en: 'Rounding (€)' },
      kind: 'cents',
      value: (l) => l.roundingCents,
    },
    { key: 'bound', header: { fr: 'Borne', en: 'Bound' }, kind: 'text', value: (l) => l.boundLabel },
    { key: 'amountCents', header: { fr: 'Part (€)', en: 'Share (€)' }, kind: 'cents', value: (l) => l.amountCents },
    { key: 'paidCents', header: { fr: 'Versé (€)', en: 'Paid (€)' }, kind: 'cents', value: (l) => l.paidCents },
    {
      key: 'remainingCents',
      header: { fr: 'Reste à verser (€)', en: 'Remaining (€)' },
      kind: 'cents',
      value: (l) => l.remainingCents,
    },
    { key: 'explanation', header: { fr: 'Explication', en: 'Explanation' }, kind: 'text', value: (l) => l.explanation },
  ],
});
