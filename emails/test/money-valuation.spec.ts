import { multiplyCents, rateOn, toHundredths, valueContribution } from '../src/money';

describe('valuation', () => {
  it('reads quantities exactly, with at most two decimals', () => {
    expect(toHundredths(7.5)).toBe(750n);
    expect(toHundredths('7.05')).toBe(705n);
    expect(toHundredths('12')).toBe(1200n);
    expect(toHundredths(0.1 + 0.2)).toBe(30n);
    expect(() => toHundredths('1.234')).toThrow(RangeError);
    expect(() => toHundredths('-1')).toThrow(RangeError);
  });

  it('rounds quantity × rate half up to the cent', () => {
    expect(multiplyCents(7.5, 1800)).toBe(13500);
    expect(multiplyCents('0.33', 1850)).toBe(611); // 610.5 → 611
    expect(multiplyCents('0.01', 49)).toBe(0); // 0.49 → 0
    expect(multiplyCents('0.01', 50)).toBe(1); // 0.5 → 1
    expect(multiplyCents('1000000', 100_000_000)).toBe(100_000_000_000_000); // no float overflow on big values
  });

  it('values by the rate in force, by an explicit amount, or as the sum of money itself', () => {
    const rate = { id: 'r1', rateCents: 1850 };
    expect(valueContribution({ unit: 'hour', quantity: 3 }, rate)).toEqual({
      valueCents: 5550,
      method: 'rate',
      rateId: 'r1',
      rateCents: 1850,
    });
    expect(valueContribution({ unit: 'room_day', quantity: 1, amountCents: 32000 }, rate)).toEqual({
      valueCents: 32000,
      method: 'amount',
      rateId: null,
      rateCents: null,
    });
    expect(valueContribution({ unit: 'euro', quantity: '1500.50' }, null)).toEqual({
      valueCents: 150050,
      method: 'amount',
      rateId: null,
      rateCents: null,
    });
    expect(valueContribution({ unit: 'euro', quantity: 10, amountCents: 1000 }, null)).toBe('amount_with_euro');
    expect(valueContribution({ unit: 'hour', quantity: 3 }, null)).toBe('no_rate');
  });

  it('finds the rate in force on a day from a dated table', () => {
    const rates = [
      { id: 'a', validFrom: '2024-01-01' },
      { id: 'c', validFrom: '2026-01-01' },
      { id: 'b', validFrom: '2025-01-01' },
    ];
    expect(rateOn(rates, '2023-12-31')).toBeNull();
    expect(rateOn(rates, '2024-01-01')?.id).toBe('a');
    expect(rateOn(rates, '2025-06-30')?.id).toBe('b');
    expect(rateOn(rates, '2026-11-25')?.id).toBe('c');
  });
});
