import { formatPlainEuros } from '@maillage/emails/money';
import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../../common/messages';
import type {
  FinancialReportGrantResponse,
  FinancialReportResponse,
  ReportLineResponse,
} from './dto/overview.response';
import { CATEGORY_ACCOUNTS, type BudgetCategory } from './funding-types';

/**
 * The funder's financial report, shaped like the French "compte rendu financier de l'action subventionnée"
 * (CERFA 15059): charges planned vs actual per budget line (filed under the associations' chart of accounts),
 * resources (this grant, own funds), and contributions in kind valued as co-financing (accounts 86/87).
 */
export interface ReportInput {
  grant: FinancialReportGrantResponse & { ownFundsCents: number };
  budgetLines: { category: BudgetCategory; label: string; plannedCents: number; spentCents: number }[];
  receivedCents: number;
  inKindCents: number;
  /** Gifts received for the actions the grant finances, over its period (donations). */
  giftsCents: number;
  today: string;
}

function line(
  account: string | null,
  category: BudgetCategory | null,
  label: string,
  planned: number | null,
  actual: number,
): ReportLineResponse {
  return {
    account,
    category,
    label,
    plannedCents: planned,
    actualCents: actual,
    gapCents: planned === null ? null : actual - planned,
    realisedShare: planned ? actual / planned : null,
  };
}

const total = (label: string, lines: ReportLineResponse[]) =>
  line(
    null,
    null,
    label,
    lines.reduce((s, l) => s + (l.plannedCents ?? 0), 0),
    lines.reduce((s, l) => s + l.actualCents, 0),
  );

export function buildFinancialReport(
  { grant, budgetLines, receivedCents, inKindCents, giftsCents, today }: ReportInput,
  locale: Locale,
): FinancialReportResponse {
  const words = WORDS[locale];
  const charges = budgetLines
    .map((l, index) => ({ l, index }))
    .sort((a, b) => CATEGORY_ACCOUNTS[a.l.category].localeCompare(CATEGORY_ACCOUNTS[b.l.category]) || a.index - b.index)
    .map(({ l }) => line(CATEGORY_ACCOUNTS[l.category], l.category, l.label, l.plannedCents, l.spentCents));
  const chargesTotal = total(words.chargesTotal, charges);
  const grantCents = grant.amountGrantedCents ?? grant.amountRequestedCents;
  // Own funds make up what the grant did not cover: the report balances, as the funder expects.
  const resources = [
    line('74', null, `${words.grant} ${grant.funderName}`, grantCents, receivedCents),
    ...(giftsCents > 0 ? [line('754', null, words.gifts, null, giftsCents)] : []),
    line(
      null,
      null,
      words.ownFunds,
      grant.ownFundsCents,
      Math.max(0, chargesTotal.actualCents - receivedCents - giftsCents),
    ),
  ];
  const { ownFundsCents, ...reportGrant } = grant;
  return {
    grant: reportGrant,
    charges,
    chargesTotal,
    resources,
    resourcesTotal: total(words.resourcesTotal, resources),
    inKind: line('86/87', null, words.inKind, null, inKindCents),
    cofinancing: {
      ownFundsCents,
      inKindCents,
      grantCents,
      ratio: grantCents > 0 ? (ownFundsCents + inKindCents) / grantCents : null,
    },
    generatedOn: today,
  };
}

/** CSV as French spreadsheets open it: `;` between fields, decimal comma, a BOM so accents survive. */
export function financialReportCsv(report: FinancialReportResponse, locale: Locale): string {
  const words = WORDS[locale];
  const euros = (cents: number | null) => (cents === null ? '' : formatPlainEuros(cents, locale));
  const share = (s: number | null) => (s === null ? '' : `${Math.round(s * 100)} %`);
  const row = (section: string, l: ReportLineResponse) => [
    section,
    l.account ?? '',
    l.category ? words.categories[l.category] : '',
    l.label,
    euros(l.plannedCents),
    euros(l.actualCents),
    euros(l.gapCents),
    share(l.realisedShare),
  ];
  const rows = [
    ...report.charges.map((l) => row(words.charges, l)),
    row(words.charges, report.chargesTotal),
    ...report.resources.map((l) => row(words.resources, l)),
    row(words.resources, report.resourcesTotal),
    row(words.inKindSection, report.inKind),
  ];
  return (
    '\ufeff' + stringify([words.header, ...rows], { delimiter: locale === 'fr' ? ';' : ',', record_delimiter: '\r\n' })
  );
}

const WORDS = {
  fr: {
    header: ['Section', 'Compte', 'Poste', 'Libellé', 'Prévu (€)', 'Réalisé (€)', 'Écart (€)', 'Taux de réalisation'],
    charges: 'Charges',
    resources: 'Produits',
    inKindSection: 'Contributions volontaires en nature',
    chargesTotal: 'Total des charges',
    resourcesTotal: 'Total des produits',
    grant: 'Subvention',
    ownFunds: 'Fonds propres et autres ressources',
    gifts: 'Dons manuels aux actions financées',
    inKind: 'Contributions volontaires en nature valorisées',
    categories: {
      staff: 'Personnel',
      contractors: 'Prestataires',
      events: 'Événements',
      travel: 'Déplacements',
      tools: 'Outils et matériel',
      fees: 'Frais et honoraires',
      other: 'Autres charges',
    } satisfies Record<BudgetCategory, string>,
  },
  en: {
    header: ['Section', 'Account', 'Category', 'Label', 'Planned (€)', 'Actual (€)', 'Gap (€)', 'Share realised'],
    charges: 'Charges',
    resources: 'Resources',
    inKindSection: 'Voluntary contributions in kind',
    chargesTotal: 'Total charges',
    resourcesTotal: 'Total resources',
    grant: 'Grant',
    ownFunds: 'Own funds and other resources',
    gifts: 'Donations to the actions financed',
    inKind: 'Valued voluntary contributions in kind',
    categories: {
      staff: 'Staff',
      contractors: 'Contractors',
      events: 'Events',
      travel: 'Travel',
      tools: 'Tools and equipment',
      fees: 'Fees',
      other: 'Other charges',
    } satisfies Record<BudgetCategory, string>,
  },
};
