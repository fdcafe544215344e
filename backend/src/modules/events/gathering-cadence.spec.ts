import { addMonths, nextGathering } from './gathering-cadence';

describe('gathering cadence', () => {
  it('puts the next gathering six months after the last, reminded sixty days before', () => {
    expect(nextGathering('2026-10-10')).toEqual({ nextDueOn: '2027-04-10', reminderOn: '2027-02-09' });
  });

  it('clamps to the end of a shorter month, leap years included', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 6)).toBe('2027-06-15');
  });

  it('has no due day before a first gathering', () => {
    expect(nextGathering(null)).toEqual({ nextDueOn: null, reminderOn: null });
  });
});
