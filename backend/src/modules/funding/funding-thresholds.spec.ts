import { agreementsRequired, auditsRequired, type SubsidyRow } from './funding-thresholds';

const subsidy = (over: Partial<SubsidyRow>): SubsidyRow => ({
  grantId: 'g1',
  grantTitle: 'Emploi associatif',
  funderId: 'region',
  funderName: 'Région',
  funderKind: 'public_body',
  year: 2026,
  amountCents: 1_000_000,
  agreementMissing: true,
  ...over,
});

describe('the agreement threshold (décret 2001-495, art. 1): over 23 000 € per public funder and year', () => {
  it.each([
    [2_299_999, false],
    [2_300_000, false],
    [2_300_001, true],
  ])('%i cents from a public authority: agreement required %s', (amountCents, required) => {
    expect(agreementsRequired([subsidy({ amountCents })]).length > 0).toBe(required);
  });

  it('counts public authorities only: a foundation’s 23 000,01 € needs no agreement under the décret', () => {
    expect(agreementsRequired([subsidy({ funderKind: 'foundation', amountCents: 2_300_001 })])).toEqual([]);
    expect(agreementsRequired([subsidy({ funderKind: 'company', amountCents: 9_000_000 })])).toEqual([]);
  });

  it('sums two grants of one funder in a year; not across years, nor across funders', () => {
    const two = agreementsRequired([
      subsidy({ grantId: 'a', amountCents: 1_500_000 }),
      subsidy({ grantId: 'b', amountCents: 800_001, agreementMissing: false }),
    ]);
    expect(two).toEqual([expect.objectContaining({ funderId: 'region', year: 2026, funderYearCents: 2_300_001 })]);
    expect(two[0].grants.map((g) => [g.grantId, g.agreementMissing])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(
      agreementsRequired([
        subsidy({ grantId: 'a', amountCents: 1_500_000 }),
        subsidy({ grantId: 'b', amountCents: 1_500_000, year: 2025 }),
        subsidy({ grantId: 'c', amountCents: 1_500_000, funderId: 'departement' }),
      ]),
    ).toEqual([]);
  });
});

describe('the 153 000 € threshold (L612-4, décret 2009-540): public subsidies received in the financial year', () => {
  const receipt = (receivedCents: number, over: object = {}) => ({
    grantId: 'g1',
    funderKind: 'public_body' as const,
    year: 2026,
    receivedCents,
    ...over,
  });

  it('is crossed by one cent over, not at 153 000,00 €, and counts only public money received that year', () => {
    expect(auditsRequired([receipt(15_300_000)])).toEqual([]);
    expect(auditsRequired([receipt(15_299_999), receipt(2, { grantId: 'g2' })])).toEqual([
      { year: 2026, publicReceivedCents: 15_300_001, grantIds: ['g1', 'g2'] },
    ]);
    expect(auditsRequired([receipt(15_000_000), receipt(9_000_000, { funderKind: 'foundation' })])).toEqual([]);
    expect(auditsRequired([receipt(10_000_000), receipt(10_000_000, { year: 2025 })])).toEqual([]);
  });
});
