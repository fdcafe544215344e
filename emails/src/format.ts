import { dictionary, type Locale, type Role } from './i18n';

/** Dates in mails are read by people in France: shown in Paris time, which the texts say. */
export const timeZone = 'Europe/Paris';

const intlLocales: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Turns typed variables into the words of one locale. */
export interface Formatter {
  dateTime(date: Date): string;
  /** A calendar day, e.g. a due date. */
  date(date: Date): string;
  roles(roles: readonly Role[]): string;
  /** Names joined as a sentence: "A, B et C". */
  list(items: readonly string[]): string;
  /** Returns the URL unchanged after checking it is http(s): a `javascript:` link must never reach a button. */
  url(url: string): string;
}

function httpUrl(url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) throw new Error(`Not an http(s) URL: ${JSON.stringify(url)}`);
  return url;
}

function createFormatter(locale: Locale): Formatter {
  const dateTime = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeStyle: 'short', timeZone });
  const day = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone });
  const list = new Intl.ListFormat(intlLocales[locale], { style: 'long', type: 'conjunction' });
  return {
    dateTime: (date) => dateTime.format(date),
    date: (date) => day.format(date),
    roles: (roles) => list.format(roles.map((role) => dictionary[locale].roles[role])),
    list: (items) => list.format(items),
    url: httpUrl,
  };
}

// Intl formatters are costly to build and safe to share.
export const formatters: Readonly<Record<Locale, Formatter>> = { fr: createFormatter('fr'), en: createFormatter('en') };
