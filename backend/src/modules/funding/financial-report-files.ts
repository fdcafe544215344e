import { formatPlainEuros } from '@maillage/emails/money';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Locale } from '../../common/messages';
import { escapeCell } from '../../common/exports/export-writer';
import type { FinancialReportResponse, ReportLineResponse, ReportSectionResponse } from './dto/overview.response';
import { REPORT_WORDS } from './financial-report.words';

interface Row {
  section: string;
  line: ReportLineResponse;
  total: boolean;
}

/** The report as rows, section by section: each account's lines then its total, then the section's total. */
function reportRows(report: FinancialReportResponse, locale: Locale): Row[] {
  const words = REPORT_WORDS[locale];
  const rows = (name: string, s: ReportSectionResponse): Row[] => [
    ...s.groups.flatMap((g) => [
      ...g.lines.map((line) => ({ section: name, line, total: false })),
      ...(g.lines.length > 1 || g.lines.length === 0 ? [{ section: name, line: g.total, total: true }] : []),
    ]),
    { section: name, line: s.total, total: true },
  ];
  return [
    ...rows(words.charges, report.charges),
    ...rows(words.products, report.products),
    ...rows(words.inKindSection, report.inKindCharges),
    ...rows(words.inKindSection, report.inKindProducts),
  ];
}

const share = (s: number | null) => (s === null ? '' : `${Math.round(s * 100)} %`);

/** CSV as French spreadsheets open it: `;` between fields, decimal comma, a BOM so accents survive. */
export function financialReportCsv(report: FinancialReportResponse, locale: Locale): string {
  const words = REPORT_WORDS[locale];
  const euros = (cents: number | null) => (cents === null ? '' : formatPlainEuros(cents, locale));
  const body = reportRows(report, locale).map(({ section, line: l }) =>
    [
      section,
      l.account ?? '',
      l.category ? words.categories[l.category] : '',
      l.label,
      euros(l.plannedCents),
      euros(l.actualCents),
      euros(l.gapCents),
      share(l.realisedShare),
      l.gapNote ?? '',
    ].map(escapeCell),
  );
  return (
    '\ufeff' + stringify([words.header, ...body], { delimiter: locale === 'fr' ? ';' : ',', record_delimiter: '\r\n' })
  );
}

/** The same rows as a spreadsheet: amounts as numbers in euros (2 decimals), totals in bold. */
export async function financialReportXlsx(report: FinancialReportResponse, locale: Locale): Promise<Buffer> {
  const words = REPORT_WORDS[locale];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('CERFA 15059');
  sheet.addRow([words.title]).font = { bold: true, size: 13 };
  sheet.addRow([`${report.grant.title} — ${report.grant.funderName}`]);
  sheet.addRow([]);
  sheet.addRow(words.header).font = { bold: true };
  // Cents to euros for a numeric cell: the only division by 100, for a spreadsheet that computes in euros.
  const euros = (cents: number | null) => (cents === null ? null : Number(formatPlainEuros(cents, 'en')));
  for (const { section, line: l, total } of reportRows(report, locale)) {
    const row = sheet.addRow([
      section,
      l.account ?? '',
      l.category ? words.categories[l.category] : '',
      escapeCell(l.label),
      euros(l.plannedCents),
      euros(l.actualCents),
      euros(l.gapCents),
      l.realisedShare,
      escapeCell(l.gapNote ?? ''),
    ]);
    if (total) row.font = { bold: true };
  }
  for (const c of [5, 6, 7]) sheet.getColumn(c).numFmt = '#,##0.00';
  sheet.getColumn(8).numFmt = '0%';
  sheet.columns.forEach((c, i) => (c.width = [22, 9, 20, 50, 14, 14, 14, 12, 40][i]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
