import {
  allocate,
  cents,
  centsFrom,
  decimal,
  formatEuros,
  formatFineEuros,
  formatPlainEuros,
  largestRemainder,
  parseEuros,
  parseHundredths,
  percentOf,
  sumCents,
} from '../src/money';

describe('money', () => {
  it('refuses amounts that are not whole cents', () => {
    expect(cents(12)).toBe(12);
    expect(() => cents(0.5)).toThrow(RangeError);
    expect(() => cents(Number.NaN)).toThrow(RangeError);
    expect(() => cents(2 ** 60)).toThrow(RangeError);
    expect(() => cents(2n ** 60n)).toThrow(RangeError);
  });

  it('reads what PostgreSQL returns: bigint strings, sums, no rows', () => {
    expect(centsFrom('123456789012')).toBe(123456789012);
    expect(centsFrom(null)).toBe(0);
    expect(centsFrom('-5')).toBe(-5);
    expect(() => centsFrom('12.50')).toThrow(RangeError);
    expect(() => centsFrom('9007199254740993')).toThrow(RangeError);
    expect(sumCents([1, 2, 3])).toBe(6);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('formats euros as Intl writes them: U+202F between thousands and U+00A0 before € in French', () => {
    expect(formatEuros(123456, 'fr')).toBe('1\u202f234,56\u00a0€');
    expect(formatEuros(-5, 'fr')).toBe('-0,05\u00a0€');
    expect(formatEuros(123456, 'en')).toBe('€1,234.56');
    expect(formatEuros(-100, 'en')).toBe('-€1.00');
    // Past 2^53 / 100 a division by 100 would round; the text is exact.
    expect(formatEuros(Number.MAX_SAFE_INTEGER, 'en')).toBe('€90,071,992,547,409.91');
    expect(formatPlainEuros(123456, 'fr')).toBe('1234,56');
    expect(formatPlainEuros(5, 'en')).toBe('0.05');
    expect(formatPlainEuros(-120, 'en')).toBe('-1.20');
    expect(formatFineEuros('123456.6667', 'fr')).toBe('1\u202f234,5667\u00a0€');
  });

  it('parses euros as people type them in French', () => {
    expect(parseEuros('1 234,56', 'fr')).toBe(123456);
    expect(parseEuros('1\u202f234,56\u00a0€', 'fr')).toBe(123456);
    expect(parseEuros('1\u00a0234,56 €', 'fr')).toBe(123456);
    expect(parseEuros('1234,5 €', 'fr')).toBe(123450);
    expect(parseEuros('1234.56', 'fr')).toBe(123456);
    expect(parseEuros('0,29', 'fr')).toBe(29);
    expect(parseEuros('80000', 'fr')).toBe(8_000_000);
    expect(parseEuros('  12 ', 'fr')).toBe(1200);
  });

  it('parses euros as people type them in English', () => {
    expect(parseEuros('1,234.56', 'en')).toBe(123456);
    expect(parseEuros('€1,234.56', 'en')).toBe(123456);
    expect(parseEuros('1234.5', 'en')).toBe(123450);
    expect(parseEuros('-€1.00', 'en', { negative: true })).toBe(-100);
  });

  it('refuses garbage, a third decimal, a sign where none is allowed and misplaced grouping', () => {
    expect(parseEuros('12,345', 'en')).toBe(1_234_500);
    for (const text of ['', 'abc', '1,5', '12,34', '1.234.56', '12a', '€', '1 2,00'])
      expect(parseEuros(text, 'en')).toBeNull();
    for (const text of ['', '1,234', '1,2345', '12,3,4', '1 23,00', '1.234,56', '€ €12', '12 €€', 'NaN', '1e5'])
      expect(parseEuros(text, 'fr')).toBeNull();
    expect(parseEuros('-12', 'fr')).toBeNull();
    expect(parseEuros('\u221212,00', 'fr', { negative: true })).toBe(-1200);
    expect(parseEuros('99999999999999999', 'fr')).toBeNull();
    expect(parseHundredths('7,5', 'fr')).toBe(750);
    expect(parseHundredths('7,5 €', 'fr')).toBeNull();
  });

  it('keeps the exact arithmetic of decimals, percentages and shares', () => {
    expect(decimal(2n, 3n, 4)).toBe('0.6667');
    expect(decimal(1n, 2n, 0)).toBe('1');
    expect(percentOf(1001, 5000)).toBe(501); // 500.5 → 501
    expect(percentOf(-1001, 5000)).toBe(-501);
    expect(percentOf(999, 1)).toBe(0); // 0.0999 → 0
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(10, [0, 3])).toEqual([0, 10]);
    // Equal remainders and shares: the tie-break decides, here the later index first.
    expect(largestRemainder([1n, 1n], 2n, 1n, (i, j) => j - i).map((s) => s.rounding)).toEqual([0, 1]);
    expect(() => allocate(10, [0, 0])).toThrow(RangeError);
  });
});
