import type { FundingDeadlineKind } from './emails';
import { dictionary, type Locale, type Role } from './i18n';

/** Dates in mails are read by people in France: shown in Paris time, which the texts say. */
export const timeZone = 'Europe/Paris';

const intlLocales: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Turns typed variables into the words of one locale. */
export interface Formatter {
  dateTime(date: Date): string;
  roles(roles: readonly Role[]): string;
  /** Returns the URL unchanged after checking it is http(s): a `javascript:` link must never reach a button. */
  url(url: string): string;
  /** A calendar day given as YYYY-MM-DD, written out ("31 mars 2027"), never shifted by a time zone. */
  day(isoDay: string): string;
  /** Euros from integer cents ("2 200,00 €"). */
  money(cents: number): string;
  /** "dans 14 jours", "demain", "aujourd’hui". */
  inDays(days: number): string;
  deadlineKind(kind: FundingDeadlineKind): string;
}

function httpUrl(url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) throw new Error(`Not an http(s) URL: ${JSON.stringify(url)}`);
  return url;
}

function createFormatter(locale: Locale): Formatter {
  const dateTime = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeStyle: 'short', timeZone });
  const list = new Intl.ListFormat(intlLocales[locale], { style: 'long', type: 'conjunction' });
  const day = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'UTC' });
  const money = new Intl.NumberFormat(intlLocales[locale], { style: 'currency', currency: 'EUR' });
  const relative = new Intl.RelativeTimeFormat(intlLocales[locale], { numeric: 'auto' });
  return {
    dateTime: (date) => dateTime.format(date),
    roles: (roles) => list.format(roles.map((role) => dictionary[locale].roles[role])),
    url: httpUrl,
    day: (isoDay) => day.format(new Date(`${isoDay}T00:00:00Z`)),
    money: (cents) => money.format(cents / 100),
    inDays: (days) => relative.format(days, 'day'),
    deadlineKind: (kind) => dictionary[locale]['funding-reminder'][`kind_${kind}`],
  };
}

// Intl formatters are costly to build and safe to share.
export const formatters: Readonly<Record<Locale, Formatter>> = { fr: createFormatter('fr'), en: createFormatter('en') };
