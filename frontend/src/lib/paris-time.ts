import { inParis, TIME_ZONE } from '@/lib/i18n/dates';
import dayjs from 'dayjs';

/** A day and a time as people in France say them, turned into an instant with its offset (winter or summer time). */
export function parisInstant(day: string, time: string): string {
  return dayjs.tz(`${day} ${time}`, TIME_ZONE).format();
}

/** The Paris day (YYYY-MM-DD) and time (HH:mm) of an instant, for the form's fields. */
export function parisParts(instant: string): { day: string; time: string } {
  const d = inParis(instant);
  return { day: d.format('YYYY-MM-DD'), time: d.format('HH:mm') };
}

/** Today in Paris, YYYY-MM-DD. */
export function parisToday(): string {
  return dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
}
