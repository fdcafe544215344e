import fc from 'fast-check';
import {
  allocate,
  formatEuros,
  formatPlainEuros,
  multiplyCents,
  parseEuros,
  percentOf,
  type Locale,
} from '../src/money';

const locales: Locale[] = ['fr', 'en'];
const safeCents = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

describe('money, by properties', () => {
  it.each(locales)('parses back what it formats (%s), for every safe amount of cents', (locale) => {
    fc.assert(
      fc.property(safeCents, (x) => {
        expect(parseEuros(formatEuros(x, locale), locale, { negative: true })).toBe(x);
        expect(parseEuros(formatPlainEuros(x, locale), locale, { negative: true })).toBe(x);
      }),
    );
  });

  it('shares an amount so the parts add up to it, each within a cent of its exact proportion', () => {
    const weights = fc
      .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 })
      .filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), weights, (amount, w) => {
        const parts = allocate(amount, w);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
        const total = BigInt(w.reduce((a, b) => a + b, 0));
        parts.forEach((part, i) => {
          // |part − amount·w/total| < 1  ⇔  |part·total − amount·w| < total
          const gap = BigInt(part) * total - BigInt(amount) * BigInt(w[i]);
          expect(gap < total && -gap < total).toBe(true);
        });
      }),
    );
  });

  it('multiplies a quantity with two decimals by a rate, half up, as big integers do', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e6 }), (hundredths, rate) => {
        const quantity = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
        const reference = (BigInt(hundredths) * BigInt(rate) + 50n) / 100n;
        expect(multiplyCents(quantity, rate)).toBe(Number(reference));
      }),
    );
  });

  it('takes a percentage half up (half away from zero for debts)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 20_000 }), (amount, bp) => {
        const exact = BigInt(amount) * BigInt(bp); // in 1/10 000 of a cent
        const abs = exact < 0n ? -exact : exact;
        const rounded = (abs + 5_000n) / 10_000n;
        expect(percentOf(amount, bp)).toBe(Number(exact < 0n ? -rounded : rounded) + 0);
      }),
    );
  });
});
