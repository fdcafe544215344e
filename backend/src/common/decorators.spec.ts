import { validateSync } from 'class-validator';
import { IsCents, IsDateOnly } from './decorators';

class Sample {
  @IsDateOnly() day: unknown;
  @IsCents() amount: unknown;
}

const errorsOf = (day: unknown, amount: unknown) =>
  validateSync(Object.assign(new Sample(), { day, amount })).map((e) => e.property);

describe('house validators', () => {
  it('accepts real calendar days and whole non-negative cents', () => {
    expect(errorsOf('2024-02-29', 0)).toEqual([]);
    expect(errorsOf('2026-12-31', 1_000_000_00)).toEqual([]);
  });

  it.each([['2023-02-29'], ['2024-13-01'], ['31/01/2024'], ['2024-1-5'], [20240101]])('refuses the day %p', (day) => {
    expect(errorsOf(day, 1)).toEqual(['day']);
  });

  it.each([[-1], [1.5], ['100'], [Number.MAX_SAFE_INTEGER + 1]])('refuses the amount %p', (amount) => {
    expect(errorsOf('2024-01-01', amount)).toEqual(['amount']);
  });
});
