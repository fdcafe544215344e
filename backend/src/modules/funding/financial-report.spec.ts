import { buildFinancialReport, financialReportCsv } from './financial-report';

const input = {
  grant: {
    id: 'g',
    title: 'Transiscope 2024-2026',
    reference: 'FPH-2023-087',
    funderName: 'FPH',
    status: 'granted' as const,
    startsOn: '2024-01-01',
    endsOn: '2026-12-31',
    amountRequestedCents: 9_000_000,
    amountGrantedCents: 9_000_000,
    ownFundsCents: 1_200_000,
  },
  budgetLines: [
    { category: 'travel' as const, label: 'Déplacements', plannedCents: 460_000, spentCents: 375_590 },
    { category: 'tools' as const, label: 'Hébergement', plannedCents: 540_000, spentCents: 540_000 },
    { category: 'contractors' as const, label: 'Coordination', plannedCents: 4_800_000, spentCents: 4_550_000 },
  ],
  receivedCents: 7_500_000,
  inKindCents: 812_345,
  giftsCents: 0,
  today: '2026-11-25',
};

describe('the funder’s financial report (CERFA 15059)', () => {
  const report = buildFinancialReport(input, 'fr');

  it('files charges under their account, planned vs actual, with totals exact to the cent', () => {
    expect(report.charges.map((l) => [l.account, l.label, l.plannedCents, l.actualCents, l.gapCents])).toEqual([
      ['60', 'Hébergement', 540_000, 540_000, 0],
      ['62', 'Déplacements', 460_000, 375_590, -84_410],
      ['62', 'Coordination', 4_800_000, 4_550_000, -250_000],
    ]);
    expect(report.chargesTotal).toMatchObject({ plannedCents: 5_800_000, actualCents: 5_465_590, gapCents: -334_410 });
  });

  it('balances resources: the grant received, own funds for the rest; in-kind as co-financing', () => {
    expect(report.resources.map((l) => [l.account, l.label, l.plannedCents, l.actualCents])).toEqual([
      ['74', 'Subvention FPH', 9_000_000, 7_500_000],
      [null, 'Fonds propres et autres ressources', 1_200_000, 0],
    ]);
    expect(report.inKind).toMatchObject({ account: '86/87', plannedCents: null, actualCents: 812_345 });
    expect(report.cofinancing).toEqual({
      ownFundsCents: 1_200_000,
      inKindCents: 812_345,
      grantCents: 9_000_000,
      ratio: 2_012_345 / 9_000_000,
    });
    const overspent = buildFinancialReport({ ...input, receivedCents: 5_000_000 }, 'fr');
    expect(overspent.resources[1].actualCents).toBe(465_590);
    expect(overspent.resourcesTotal.actualCents).toBe(overspent.chargesTotal.actualCents);
  });

  it('counts the gifts to the actions financed among other resources, before own funds', () => {
    const withGifts = buildFinancialReport({ ...input, receivedCents: 5_000_000, giftsCents: 65_590 }, 'fr');
    expect(withGifts.resources.map((l) => [l.account, l.label, l.actualCents])).toEqual([
      ['74', 'Subvention FPH', 5_000_000],
      ['754', 'Dons manuels aux actions financées', 65_590],
      [null, 'Fonds propres et autres ressources', 400_000],
    ]);
    expect(withGifts.resourcesTotal.actualCents).toBe(withGifts.chargesTotal.actualCents);
  });

  it('exports a CSV French spreadsheets open: BOM, semicolons, decimal commas; English with dots', () => {
    const csv = financialReportCsv(report, 'fr');
    expect(
      csv.startsWith('\ufeffSection;Compte;Poste;Libellé;Prévu (€);Réalisé (€);Écart (€);Taux de réalisation\r\n'),
    ).toBe(true);
    expect(csv).toContain('Charges;62;Déplacements;Déplacements;4600,00;3755,90;-844,10;82 %\r\n');
    expect(csv).toContain('Charges;;;Total des charges;58000,00;54655,90;-3344,10;94 %\r\n');
    expect(csv).toContain(
      'Contributions volontaires en nature;86/87;;Contributions volontaires en nature valorisées;;8123,45;;\r\n',
    );
    const en = financialReportCsv(buildFinancialReport(input, 'en'), 'en');
    expect(en).toContain('Charges,62,Travel,Déplacements,4600.00,3755.90,-844.10,82 %\r\n');
  });
});
