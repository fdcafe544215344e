import { formatEuros } from '@maillage/emails/money';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FinancialReportResponse, ReportLineResponse, ReportSectionResponse } from './dto/overview.response';
import { REPORT_WORDS } from './financial-report.words';

const words = REPORT_WORDS.fr;
const GREY = '#e8e8e8';
const euros = (cents: number | null) => (cents === null ? '' : formatEuros(cents, 'fr'));
const day = (d: string | null) => (d ? d.split('-').reverse().join('/') : '…');
const amount = (cents: number | null, bold = false) => ({ text: euros(cents), alignment: 'right' as const, bold });

/** A section (charges or products) as the form's table: each account, its lines under it, the section's total. */
function sectionTable(title: string, s: ReportSectionResponse): Content {
  const row = (l: ReportLineResponse): TableCell[] => [
    { text: l.account ?? '', margin: [6, 0, 0, 0] },
    l.label,
    amount(l.plannedCents),
    amount(l.actualCents),
    amount(l.gapCents),
    { text: l.gapNote ?? '', italics: true, fontSize: 7 },
  ];
  const body: TableCell[][] = [
    [
      { text: title, bold: true, fillColor: GREY, colSpan: 2 },
      '',
      ...[words.planned, words.actual, words.gap].map((text) => ({
        text,
        bold: true,
        fillColor: GREY,
        alignment: 'right' as const,
      })),
      { text: words.explanation, bold: true, fillColor: GREY },
    ],
  ];
  for (const g of s.groups) {
    body.push([
      { text: g.account, bold: true },
      { text: g.label, bold: true },
      amount(g.total.plannedCents, true),
      amount(g.total.actualCents, true),
      amount(g.total.gapCents, true),
      '',
    ]);
    body.push(...g.lines.filter((l) => l.label !== g.label).map(row));
  }
  body.push([
    { text: s.total.label.toUpperCase(), bold: true, colSpan: 2, fillColor: GREY },
    '',
    { ...amount(s.total.plannedCents, true), fillColor: GREY },
    { ...amount(s.total.actualCents, true), fillColor: GREY },
    { ...amount(s.total.gapCents, true), fillColor: GREY },
    { text: '', fillColor: GREY },
  ]);
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: [28, '*', 62, 62, 58, 110], body },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#999', vLineColor: () => '#999' },
    margin: [0, 0, 0, 10],
  };
}

/**
 * The CERFA 15059 "compte rendu financier de subvention", in French as funders ask for it: identification, the
 * charges and products tables by nature, contributions in kind below the line, co-financing, signed attestation.
 */
export function financialReportPdf(report: FinancialReportResponse): TDocumentDefinitions {
  const g = report.grant;
  const c = report.cofinancing;
  const identification: TableCell[][] = [
    [words.grantTitle, g.title],
    [words.funder, g.funderName],
    [words.reference, g.reference ?? '—'],
    [words.period, `${day(g.startsOn)} – ${day(g.endsOn)}`],
    [words.granted, euros(g.amountGrantedCents ?? g.amountRequestedCents)],
  ].map(([k, v]) => [{ text: k, bold: true, fillColor: GREY }, v]);
  return {
    pageSize: 'A4',
    pageMargins: [36, 48, 36, 48],
    info: { title: `${words.title} — ${g.title}`, subject: words.form },
    defaultStyle: { fontSize: 8.5, lineHeight: 1.1 },
    header: { text: words.form, alignment: 'right', fontSize: 7, color: '#555', margin: [36, 20, 36, 0] },
    footer: (page, pages) => ({ text: `${page} / ${pages}`, alignment: 'center', fontSize: 7, margin: [0, 16, 0, 0] }),
    content: [
      { text: words.title, fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
      { text: words.identification, bold: true, fontSize: 10, margin: [0, 0, 0, 4] },
      { table: { widths: [130, '*'], body: identification }, margin: [0, 0, 0, 12] },
      sectionTable(words.charges, report.charges),
      sectionTable(words.products, report.products),
      { text: words.belowTheLine, bold: true, fontSize: 10, margin: [0, 4, 0, 4] },
      sectionTable(words.inKindCharges, report.inKindCharges),
      sectionTable(words.inKindProducts, report.inKindProducts),
      { text: words.cofinancing, bold: true, fontSize: 10, margin: [0, 4, 0, 4] },
      {
        ul: [
          `${words.ownFunds} : ${euros(c.ownFundsCents)}`,
          `Autres financeurs de l’action : ${euros(c.otherFundersCents)}`,
          `${words.inKindProducts} : ${euros(c.inKindCents)}`,
          `Soit ${c.ratio === null ? '—' : `${Math.round(c.ratio * 100)} %`} de la subvention (${euros(c.grantCents)})`,
        ],
        margin: [0, 0, 0, 12],
      },
      {
        unbreakable: true,
        stack: [
          { text: words.attestation, bold: true, fontSize: 10, margin: [0, 0, 0, 4] },
          { text: words.attest(g.signatoryName ?? words.unnamed, g.signatoryRole ?? words.unnamed) },
          { text: words.signedOn(day(report.generatedOn)), margin: [0, 8, 0, 4] },
          {
            table: { widths: [200], heights: [50], body: [[{ text: words.signature, color: '#777', fontSize: 7 }]] },
          },
        ],
      },
    ],
  };
}
