import { promotions, statusOnArrival } from './waiting-list';

const at = (minute: number, id: string) => ({ id, registeredAt: new Date(Date.UTC(2026, 11, 1, 10, minute)) });

describe('waiting list', () => {
  it('gives a place while places are left, the waiting list after', () => {
    expect(statusOnArrival(3, 0)).toBe('confirmed');
    expect(statusOnArrival(3, 2)).toBe('confirmed');
    expect(statusOnArrival(3, 3)).toBe('waiting');
    expect(statusOnArrival(3, 4)).toBe('waiting');
  });

  it('promotes the earliest registered into the places freed, ties broken by id', () => {
    const waiting = [at(5, 'c'), at(1, 'b'), at(1, 'a'), at(9, 'd')];
    expect(promotions(3, 2, waiting).map((r) => r.id)).toEqual(['a']);
    expect(promotions(5, 2, waiting).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(promotions(10, 0, waiting).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('promotes nobody when no place is free (or places were lowered below the confirmed)', () => {
    expect(promotions(3, 3, [at(1, 'a')])).toEqual([]);
    expect(promotions(2, 3, [at(1, 'a')])).toEqual([]);
  });
});
