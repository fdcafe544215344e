import {
  dayBefore,
  isCurrent,
  isWelcomeOverdue,
  maxConcurrent,
  overlaps,
  parisToday,
  roleGaps,
  stageDates,
} from './terms';

const term = (startedOn: string, endedOn: string | null = null) => ({ startedOn, endedOn });

describe('terms of a role', () => {
  it('is current from its first day to its last day included, open-ended when it has no end', () => {
    expect(isCurrent(term('2026-01-01', '2026-01-31'), '2026-01-01')).toBe(true);
    expect(isCurrent(term('2026-01-01', '2026-01-31'), '2026-01-31')).toBe(true);
    expect(isCurrent(term('2026-01-01', '2026-01-31'), '2026-02-01')).toBe(false);
    expect(isCurrent(term('2026-03-01'), '2026-02-28')).toBe(false);
    expect(isCurrent(term('2020-03-01'), '2030-02-28')).toBe(true);
  });

  it('overlaps another when they share a day', () => {
    expect(overlaps(term('2026-01-01', '2026-01-31'), term('2026-01-31'))).toBe(true);
    expect(overlaps(term('2026-01-01', '2026-01-31'), term('2026-02-01'))).toBe(false);
    expect(overlaps(term('2026-01-01'), term('2020-01-01', '2025-12-31'))).toBe(false);
    expect(overlaps(term('2026-01-01'), term('2020-01-01'))).toBe(true);
  });

  it('counts the most referents at once within a new term, not merely those overlapping it', () => {
    // Two referents who followed each other, and one still there: never more than two at once.
    const terms = [term('2024-01-01', '2024-12-31'), term('2025-01-01'), term('2023-01-01')];
    expect(maxConcurrent(terms, term('2026-01-01'))).toBe(2);
    expect(maxConcurrent([term('2024-01-01', '2024-12-31'), term('2025-01-01')], term('2024-06-01'))).toBe(1);
    // A future referent counts from their first day.
    expect(maxConcurrent([term('2024-01-01'), term('2027-01-01')], term('2026-01-01', '2026-12-31'))).toBe(1);
    expect(maxConcurrent([term('2024-01-01'), term('2027-01-01')], term('2026-01-01'))).toBe(2);
  });

  it('ends a leaving member’s term on the day before, across months and years', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });

  it('names the gaps the plan asks to fill', () => {
    expect(roleGaps({ referent: 2, facilitator: 1, welcomer: 1, member: 4 })).toEqual([]);
    expect(roleGaps({ referent: 1, welcomer: 1 })).toEqual(['one_referent', 'no_facilitator']);
    expect(roleGaps({})).toEqual(['no_referent', 'no_facilitator', 'no_welcomer']);
  });

  it('takes the calendar day in Paris, not in UTC', () => {
    expect(parisToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(parisToday(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
    expect(parisToday(new Date('2026-01-15T22:30:00Z'))).toBe('2026-01-15');
  });
});

describe('the volunteers pipeline', () => {
  it('dates each stage by its last entry', () => {
    const d = (s: string) => new Date(s);
    expect(
      stageDates([
        { stage: 'active', at: d('2026-02-01') },
        { stage: 'new', at: d('2026-01-01') },
        { stage: 'welcomed', at: d('2026-01-05') },
        { stage: 'paused', at: d('2026-03-01') },
        { stage: 'active', at: d('2026-04-01') },
      ]),
    ).toEqual({ new: d('2026-01-01'), welcomed: d('2026-01-05'), active: d('2026-04-01'), paused: d('2026-03-01') });
  });

  it('flags a newcomer once the group’s delay has fully passed, and only while new', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(isWelcomeOverdue({ stage: 'new', stageChangedAt: new Date('2026-03-03T11:59:00Z') }, 7, now)).toBe(true);
    expect(isWelcomeOverdue({ stage: 'new', stageChangedAt: new Date('2026-03-03T12:01:00Z') }, 7, now)).toBe(false);
    expect(isWelcomeOverdue({ stage: 'welcomed', stageChangedAt: new Date('2026-01-01') }, 7, now)).toBe(false);
  });
});
