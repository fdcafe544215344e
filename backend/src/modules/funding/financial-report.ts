import { formatEuros } from '@maillage/emails/money';
import type { Locale } from '../../common/messages';
import type { ActionResource } from './action-resources.service';
import type {
  FinancialReportGrantResponse,
  FinancialReportResponse,
  ReportGroupResponse,
  ReportLineResponse,
  ReportSectionResponse,
} from './dto/overview.response';
import {
  CHARGE_ACCOUNTS,
  isProductAccount,
  PRODUCT_ACCOUNTS,
  type BudgetAccount,
  type BudgetCategory,
} from './funding-types';
import { REPORT_WORDS } from './financial-report.words';
import type { InKindLine } from './in-kind-contributions';

/**
 * The funder's financial report, laid out as the "compte rendu financier de subvention" (CERFA 15059): charges by
 * nature (60–68) and products by nature (70–78) planned vs realised, the grant and every other funder of the same
 * actions line by line, own funds as the balance, and contributions in kind (86/87) below the line. Pure: the figures
 * are unit-tested; the page, the CSV, the spreadsheet and the PDF all read this one result.
 */
export interface ReportInput {
  grant: FinancialReportGrantResponse & { ownFundsCents: number };
  budgetLines: {
    account: BudgetAccount;
    category: BudgetCategory;
    label: string;
    plannedCents: number;
    spentCents: number;
    gapNote: string | null;
  }[];
  receivedCents: number;
  /** Other grants, donations and fees of the actions the grant finances. */
  otherResources: ActionResource[];
  /** Validated contributions in kind linked to the grant, by their 86/87 accounts. */
  inKind: InKindLine[];
  today: string;
}

function line(
  account: string | null,
  category: BudgetCategory | null,
  label: string,
  planned: number | null,
  actual: number,
  gapNote: string | null = null,
): ReportLineResponse {
  return {
    account,
    category,
    label,
    plannedCents: planned,
    actualCents: actual,
    gapCents: planned === null ? null : actual - planned,
    realisedShare: planned ? actual / planned : null,
    gapNote,
  };
}

const sum = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
const plannedSum = (lines: ReportLineResponse[]) =>
  lines.every((l) => l.plannedCents === null) ? null : sum(lines.map((l) => l.plannedCents));
const total = (account: string | null, label: string, lines: ReportLineResponse[]) =>
  line(account, null, label, plannedSum(lines), sum(lines.map((l) => l.actualCents)));
const group = (account: string, label: string, lines: ReportLineResponse[]): ReportGroupResponse => ({
  account,
  label,
  lines,
  total: total(account, label, lines),
});
const section = (groups: ReportGroupResponse[], label: string): ReportSectionResponse => ({
  groups,
  total: total(
    null,
    label,
    groups.map((g) => g.total),
  ),
});

export function buildFinancialReport(input: ReportInput, locale: Locale): FinancialReportResponse {
  const words = REPORT_WORDS[locale];
  const { grant, today } = input;
  const budget = (account: string) =>
    input.budgetLines
      .filter((l) => l.account === account)
      // A category names a kind of spending: a product line (70–78) shows none.
      .map((l) =>
        line(
          l.account,
          isProductAccount(l.account) ? null : l.category,
          l.label,
          l.plannedCents,
          l.spentCents,
          l.gapNote,
        ),
      );

  const charges = section(
    CHARGE_ACCOUNTS.map((a) => group(a, words.accounts[a], budget(a))),
    words.chargesTotal,
  );

  const grantCents = grant.amountGrantedCents ?? grant.amountRequestedCents;
  const balance = grantCents - input.receivedCents;
  const subsidy = line(
    '74',
    null,
    words.thisGrant(grant.funderName),
    grantCents,
    input.receivedCents,
    balance > 0 ? words.balanceToCome(formatEuros(balance, locale)) : null,
  );
  const funderLine = (r: ActionResource) =>
    line(
      r.account,
      null,
      `${r.funderName} (${r.public ? words.public : words.private}) — ${r.label}`,
      r.plannedCents,
      r.actualCents,
      r.plannedCents > r.actualCents ? words.balanceToCome(formatEuros(r.plannedCents - r.actualCents, locale)) : null,
    );
  const productLines = (a: string) => [
    ...(a === '74' ? [subsidy] : []),
    ...input.otherResources.filter((r) => r.account === a).map(funderLine),
    ...budget(a),
  ];
  const productGroups = PRODUCT_ACCOUNTS.map((a) => group(a, words.accounts[a], productLines(a)));
  // Own funds are what the other products leave of the charges: the report balances, as the funder expects, and this
  // one figure is the own funds everywhere (the line, the totals, the co-financing).
  const otherProducts = sum(productGroups.map((g) => g.total.actualCents));
  const ownFunds = line(
    null,
    null,
    words.ownFunds,
    grant.ownFundsCents,
    Math.max(0, charges.total.actualCents - otherProducts),
  );
  const products = section([...productGroups, group('', words.ownFunds, [ownFunds])], words.productsTotal);

  const inKind = (side: 'charge' | 'product', account: string) =>
    section(
      [
        group(
          account,
          side === 'charge' ? words.inKindCharges : words.inKindProducts,
          input.inKind.map((k) =>
            side === 'charge'
              ? line(k.chargeAccount, null, k.chargeLabel, null, k.valueCents)
              : line(k.productAccount, null, k.productLabel, null, k.valueCents),
          ),
        ),
      ],
      side === 'charge' ? words.inKindChargesTotal : words.inKindProductsTotal,
    );
  const inKindCharges = inKind('charge', '86');
  const otherFundersCents = sum(input.otherResources.map((r) => r.actualCents));
  const inKindCents = inKindCharges.total.actualCents;
  const cofinanced = ownFunds.actualCents + otherFundersCents + inKindCents;
  return {
    grant: {
      id: grant.id,
      title: grant.title,
      reference: grant.reference,
      funderName: grant.funderName,
      status: grant.status,
      startsOn: grant.startsOn,
      endsOn: grant.endsOn,
      amountRequestedCents: grant.amountRequestedCents,
      amountGrantedCents: grant.amountGrantedCents,
      signatoryName: grant.signatoryName,
      signatoryRole: grant.signatoryRole,
    },
    charges,
    products,
    inKindCharges,
    inKindProducts: inKind('product', '87'),
    cofinancing: {
      ownFundsCents: ownFunds.actualCents,
      otherFundersCents,
      inKindCents,
      grantCents,
      ratio: grantCents > 0 ? cofinanced / grantCents : null,
    },
    generatedOn: today,
  };
}
