/** The territorial gatherings come every six months (the operational plan). */
export const GATHERING_CADENCE_MONTHS = 6;
/** The coordinator is reminded two months ahead: time to find a place and open registrations. */
export const GATHERING_REMINDER_DAYS_BEFORE = 60;

/** A day `YYYY-MM-DD` plus whole months, the day clamped to the month's end (31 Aug + 6 months = 28 or 29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The next gathering's due day after the last one, and the day its reminder goes; nothing before a first one. */
export function nextGathering(lastOn: string | null): { nextDueOn: string | null; reminderOn: string | null } {
  if (!lastOn) return { nextDueOn: null, reminderOn: null };
  const nextDueOn = addMonths(lastOn, GATHERING_CADENCE_MONTHS);
  return { nextDueOn, reminderOn: addDays(nextDueOn, -GATHERING_REMINDER_DAYS_BEFORE) };
}
