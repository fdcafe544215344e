import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/fr';
import { TIME_ZONE } from '../time-zone';
import type { Locale } from './config';

dayjs.extend(utc);
dayjs.extend(timezone);

export { TIME_ZONE };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** An instant seen from Paris; a calendar date (YYYY-MM-DD) stays that very day, never shifted by a zone. */
export function inParis(value: string): dayjs.Dayjs {
  return DATE_ONLY.test(value) ? dayjs(value) : dayjs.utc(value).tz(TIME_ZONE);
}

export function formatDate(value: string | null | undefined, locale: Locale = 'fr'): string {
  return value ? inParis(value).locale(locale).format('D MMM YYYY') : '';
}

export function formatDateTime(value: string | null | undefined, locale: Locale = 'fr'): string {
  return value
    ? inParis(value)
        .locale(locale)
        .format(locale === 'fr' ? 'D MMM YYYY [à] HH:mm' : 'D MMM YYYY, HH:mm')
    : '';
}
