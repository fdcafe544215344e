import { renderPdf } from '../../common/pdf/render-pdf';
import { pdfText } from '../../../test/support/pdf-text';
import { buildFinancialReport, type ReportInput } from './financial-report';
import { financialReportCsv } from './financial-report-files';
import { financialReportPdf } from './financial-report-pdf';

// The seeded Transiscope grant, with a co-funder of the same action and a donation plugged in by another module.
const input: ReportInput = {
  grant: {
    id: 'g',
    title: 'Transiscope 2024-2026',
    reference: 'FPH-2023-087',
    funderName: 'FPH',
    status: 'granted',
    startsOn: '2024-01-01',
    endsOn: '2026-12-31',
    amountRequestedCents: 9_000_000,
    amountGrantedCents: 9_000_000,
    ownFundsCents: 1_200_000,
    signatoryName: 'Claire Martin',
    signatoryRole: 'co-présidente',
  },
  budgetLines: [
    {
      account: '62',
      category: 'travel',
      label: 'Déplacements',
      plannedCents: 460_000,
      spentCents: 375_590,
      gapNote: 'Rencontres en visio',
    },
    {
      account: '60',
      category: 'tools',
      label: 'Hébergement',
      plannedCents: 540_000,
      spentCents: 540_000,
      gapNote: null,
    },
    {
      account: '62',
      category: 'contractors',
      label: 'Coordination',
      plannedCents: 4_800_000,
      spentCents: 4_550_000,
      gapNote: null,
    },
    {
      account: '64',
      category: 'staff',
      label: 'Salaires',
      plannedCents: 3_000_000,
      spentCents: 3_100_000,
      gapNote: null,
    },
    {
      account: '70',
      category: 'other',
      label: 'Formations vendues',
      plannedCents: 200_000,
      spentCents: 150_000,
      gapNote: null,
    },
  ],
  receivedCents: 7_500_000,
  otherResources: [
    {
      source: 'grant',
      account: '74',
      funderName: 'Région Occitanie',
      public: true,
      label: 'Emploi associatif',
      plannedCents: 1_500_000,
      actualCents: 1_500_000,
    },
    {
      source: 'donation',
      account: '75',
      funderName: 'Dons manuels',
      public: false,
      label: 'Campagne 2025',
      plannedCents: 0,
      actualCents: 45_000,
    },
  ],
  inKind: [
    {
      chargeAccount: '864',
      chargeLabel: 'Personnel bénévole',
      productAccount: '870',
      productLabel: 'Bénévolat',
      valueCents: 712_345,
    },
    {
      chargeAccount: '861',
      chargeLabel: 'Mise à disposition de locaux',
      productAccount: '871',
      productLabel: 'Prestations en nature',
      valueCents: 100_000,
    },
  ],
  today: '2026-11-25',
};

describe('the funder’s financial report (CERFA 15059)', () => {
  const report = buildFinancialReport(input, 'fr');
  const groupOf = (s: typeof report.charges, account: string) => s.groups.find((g) => g.account === account)!;

  it('files charges under their account 60 to 68, planned vs actual, with each account’s and the section’s totals', () => {
    expect(report.charges.groups.map((g) => g.account)).toEqual(['60', '61', '62', '63', '64', '65', '66', '67', '68']);
    expect(
      groupOf(report.charges, '62').lines.map((l) => [l.label, l.plannedCents, l.actualCents, l.gapCents, l.gapNote]),
    ).toEqual([
      ['Déplacements', 460_000, 375_590, -84_410, 'Rencontres en visio'],
      ['Coordination', 4_800_000, 4_550_000, -250_000, null],
    ]);
    expect(groupOf(report.charges, '62').total).toMatchObject({ plannedCents: 5_260_000, actualCents: 4_925_590 });
    expect(groupOf(report.charges, '61').total).toMatchObject({ plannedCents: null, actualCents: 0 });
    expect(report.charges.total).toMatchObject({ plannedCents: 8_800_000, actualCents: 8_565_590, gapCents: -234_410 });
  });

  it('lists the grant and every other funder line by line, products by nature, and own funds as the balance', () => {
    expect(
      groupOf(report.products, '74').lines.map((l) => [l.label, l.plannedCents, l.actualCents, l.gapNote]),
    ).toEqual([
      [
        'Subvention FPH (présente subvention)',
        9_000_000,
        7_500_000,
        expect.stringMatching(/^Solde de 15\s000,00\s€ à recevoir$/),
      ],
      ['Région Occitanie (public) — Emploi associatif', 1_500_000, 1_500_000, null],
    ]);
    expect(groupOf(report.products, '75').lines.map((l) => [l.label, l.actualCents])).toEqual([
      ['Dons manuels (privé) — Campagne 2025', 45_000],
    ]);
    expect(groupOf(report.products, '70').total).toMatchObject({ plannedCents: 200_000, actualCents: 150_000 });
    expect(groupOf(report.products, '70').lines[0]).toMatchObject({ label: 'Formations vendues', category: null });
    // Own funds: charges 85 655,90 less products 91 950,00 → none needed; planned as the application said.
    const own = groupOf(report.products, '').lines[0];
    expect(own).toMatchObject({ label: 'Fonds propres affectés à l’action', plannedCents: 1_200_000, actualCents: 0 });
    expect(report.products.total.actualCents).toBe(7_500_000 + 1_500_000 + 45_000 + 150_000);
  });

  it('computes own funds once: the line and the co-financing say the same', () => {
    const short = buildFinancialReport({ ...input, receivedCents: 5_000_000 }, 'fr');
    const own = short.products.groups.find((g) => g.account === '')!.lines[0];
    expect(own.actualCents).toBe(8_565_590 - (5_000_000 + 1_500_000 + 45_000 + 150_000));
    expect(short.cofinancing.ownFundsCents).toBe(own.actualCents);
    expect(short.products.total.actualCents).toBe(short.charges.total.actualCents);
    expect(short.cofinancing).toEqual({
      ownFundsCents: 1_870_590,
      otherFundersCents: 1_545_000,
      inKindCents: 812_345,
      grantCents: 9_000_000,
      ratio: (1_870_590 + 1_545_000 + 812_345) / 9_000_000,
    });
  });

  it('keeps contributions in kind below the line: 86 and 87 the same amount, outside the totals', () => {
    expect(report.inKindCharges.groups[0].lines.map((l) => [l.account, l.actualCents])).toEqual([
      ['864', 712_345],
      ['861', 100_000],
    ]);
    expect(report.inKindCharges.total.actualCents).toBe(812_345);
    expect(report.inKindProducts.total.actualCents).toBe(812_345);
    expect(report.charges.total.actualCents).toBe(8_565_590);
  });

  it('exports a CSV French spreadsheets open: BOM, semicolons, decimal commas, the gap explained', () => {
    const csv = financialReportCsv(report, 'fr');
    expect(
      csv.startsWith(
        '\ufeffSection;Compte;Poste;Libellé;Prévu (€);Réalisé (€);Écart (€);Taux de réalisation;Explication de l’écart\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain('Charges;62;Déplacements;Déplacements;4600,00;3755,90;-844,10;82 %;Rencontres en visio\r\n');
    expect(csv).toContain('Charges;;;Total des charges;88000,00;85655,90;-2344,10;97 %;\r\n');
    expect(csv).toContain('Contributions volontaires en nature;870;;Bénévolat;;7123,45;;;\r\n');
    const en = financialReportCsv(buildFinancialReport(input, 'en'), 'en');
    expect(en).toContain('Charges,62,Travel,Déplacements,4600.00,3755.90,-844.10,82 %,Rencontres en visio\r\n');
  });

  it('prints the form as a PDF whose text holds the figures, the funders and the signed attestation', async () => {
    const text = (await pdfText(await renderPdf(financialReportPdf(report)))).replace(/\s+/g, ' ');
    expect(text).toContain('Compte rendu financier de l’action subventionnée');
    expect(text).toContain('Total des charges'.toUpperCase());
    expect(text).toMatch(/TOTAL DES CHARGES 88 000,00 € 85 655,90 € -2 344,10 €/);
    expect(text).toContain('Subvention FPH (présente subvention) 90 000,00 € 75 000,00 €');
    expect(text).toContain('Région Occitanie (public) — Emploi associatif 15 000,00 € 15 000,00 €');
    expect(text).toContain('Bénévolat 7 123,45 €');
    expect(text).toContain('Je soussigné(e), Claire Martin, co-présidente');
    expect(text).toContain('Fait le 25/11/2026');
  });
});
