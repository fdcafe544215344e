import { csvCell, escapeCell } from './export-writer';

describe('export cells', () => {
  it('escapes what a spreadsheet would run as a formula, and leaves real numbers alone', () => {
    for (const formula of ['=SUM(A1)', '+33 6 12', '-1+2', '@cmd', '\tx', '\rx'])
      expect(escapeCell(formula)).toBe(`'${formula}`);
    for (const plain of ['Colibris', '-12,50', '-3', '1234.5', 'a=b']) expect(escapeCell(plain)).toBe(plain);
    expect(csvCell('text', '=1+1', 'fr')).toBe("'=1+1");
  });

  it('writes days, Paris times, amounts, numbers and yes/no as French spreadsheets read them', () => {
    expect(csvCell('day', '2026-10-14', 'fr')).toBe('14/10/2026');
    // 23:30 UTC in winter is half past midnight the next day in Paris.
    expect(csvCell('datetime', new Date('2026-01-31T23:30:00Z'), 'fr')).toBe('01/02/2026 00:30');
    expect(csvCell('cents', -123456, 'fr')).toBe('-1234,56');
    expect(csvCell('cents', 5, 'en')).toBe('0.05');
    expect(csvCell('number', '3.50', 'fr')).toBe('3,5');
    expect(csvCell('boolean', false, 'fr')).toBe('non');
    expect(csvCell('boolean', true, 'en')).toBe('yes');
    expect(csvCell('text', null, 'fr')).toBe('');
  });
});
