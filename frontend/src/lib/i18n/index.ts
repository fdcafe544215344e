export { LOCALES, DEFAULT_LOCALE, LOCALE_COOKIE, toLocale, type Locale } from './config';
export type { MessageKey } from './fr';
export { formatDate, formatDateTime, todayInParis, inParis, TIME_ZONE } from './dates';
export { formatCents } from './money';
