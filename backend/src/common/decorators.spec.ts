import { validateSync } from 'class-validator';
import { IsCents, IsDateOnly, IsQuantity, MAX_CENTS, RECENT_WINDOW } from './decorators';

class Sample {
  @IsDateOnly() day: unknown;
  @IsCents() amount: unknown;
}

class Bounded {
  @IsDateOnly(RECENT_WINDOW) given: unknown = new Date().toISOString().slice(0, 10);
  @IsCents({ min: 1 }) rate: unknown = 1;
  @IsQuantity() quantity: unknown = 0.25;
}

const boundErrors = (values: Partial<Bounded>) =>
  validateSync(Object.assign(new Bounded(), values)).map((e) => e.property);
const yearsFromNow = (n: number) => `${new Date().getUTCFullYear() + n}-06-15`;

const errorsOf = (day: unknown, amount: unknown) =>
  validateSync(Object.assign(new Sample(), { day, amount })).map((e) => e.property);

describe('house validators', () => {
  it('accepts real calendar days and whole non-negative cents', () => {
    expect(errorsOf('2024-02-29', 0)).toEqual([]);
    expect(errorsOf('2026-12-31', 1_000_000_00)).toEqual([]);
  });

  it.each([['2023-02-29'], ['2024-13-01'], ['31/01/2024'], ['2024-1-5'], [20240101], ['0001-01-01'], ['2100-01-01']])(
    'refuses the day %p',
    (day) => {
      expect(errorsOf(day, 1)).toEqual(['day']);
    },
  );

  it.each([[-1], [1.5], ['100'], [MAX_CENTS + 1], [2 ** 53 - 1], [Number.MAX_SAFE_INTEGER + 1]])(
    'refuses the amount %p',
    (amount) => {
      expect(errorsOf('2024-01-01', amount)).toEqual(['amount']);
    },
  );

  it('keeps a domain’s dates near today, rates above zero and quantities plausible', () => {
    expect(boundErrors({})).toEqual([]);
    expect(boundErrors({ given: yearsFromNow(-9), quantity: 1_000_000 })).toEqual([]);
    expect(boundErrors({ given: yearsFromNow(-11) })).toEqual(['given']);
    expect(boundErrors({ given: yearsFromNow(2) })).toEqual(['given']);
    expect(boundErrors({ rate: 0 })).toEqual(['rate']);
    for (const quantity of [0, -1, 0.001, 1_000_001, Number.NaN, '3'])
      expect(boundErrors({ quantity })).toEqual(['quantity']);
  });
});
