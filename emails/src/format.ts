import type {
  FundingDeadlineKind,
  FundingThresholdKind,
  MeetingKind,
  RegistrationMailKind,
  SourceProblem,
} from './emails';
import { dictionary, type Locale, type Role } from './i18n';
import { formatEuros } from './money';
import { DISPLAY_TIME_ZONE } from './time-zone';

/** Dates in mails are read by people in France: shown in Paris time, which the texts say. */
export const timeZone = DISPLAY_TIME_ZONE;

const intlLocales: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Turns typed variables into the words of one locale. */
export interface Formatter {
  dateTime(date: Date): string;
  /** A calendar day `YYYY-MM-DD` with its weekday ("jeudi 12 mars 2026"), never shifted by a time zone. */
  date(day: string): string;
  /** The time of day in Paris (`18:30`). */
  time(date: Date): string;
  roles(roles: readonly Role[]): string;
  /** " (siège de Colibris au COPIL)" after the roles, or nothing when the person holds no seat. */
  copilSeat(organisations: readonly string[]): string;
  meetingKind(kind: MeetingKind): string;
  /** The calendar day of an instant, in Paris (e.g. a due date). */
  dayOf(date: Date): string;
  /** Names joined as a sentence: "A, B et C". */
  list(items: readonly string[]): string;
  /** Returns the URL unchanged after checking it is http(s): a `javascript:` link must never reach a button. */
  url(url: string): string;
  /** A calendar day given as YYYY-MM-DD, written out ("31 mars 2027"), never shifted by a time zone. */
  day(isoDay: string): string;
  /** Euros from integer cents ("2 200,00 €"). */
  money(cents: number): string;
  /** "dans 14 jours", "demain", "aujourd’hui". */
  inDays(days: number): string;
  deadlineKind(kind: FundingDeadlineKind): string;
  /** A legal threshold's words: what was crossed, what the law then asks, and which text says so. */
  threshold(kind: FundingThresholdKind, part: 'what' | 'rule' | 'law'): string;
  sourceProblem(problem: SourceProblem): string;
  /** A registration mail's headline or sentence, by why it is sent. */
  registrationStatus(status: RegistrationMailKind, part: 'headline' | 'text'): string;
}

function httpUrl(url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) throw new Error(`Not an http(s) URL: ${JSON.stringify(url)}`);
  return url;
}

function createFormatter(locale: Locale): Formatter {
  const dateTime = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeStyle: 'short', timeZone });
  const dayInParis = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone });
  const list = new Intl.ListFormat(intlLocales[locale], { style: 'long', type: 'conjunction' });
  const day = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(intlLocales[locale], { numeric: 'auto' });
  const fullDay = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'full', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(intlLocales[locale], { timeStyle: 'short', timeZone });
  return {
    dateTime: (date) => dateTime.format(date),
    date: (isoDay) => fullDay.format(new Date(`${isoDay}T00:00:00Z`)),
    time: (date) => time.format(date),
    roles: (roles) => list.format(roles.map((role) => dictionary[locale].roles[role])),
    copilSeat: (organisations) =>
      organisations.length
        ? `${dictionary[locale].copilSeat.before}${list.format(organisations)}${dictionary[locale].copilSeat.after}`
        : '',
    meetingKind: (kind) => dictionary[locale].meetingKinds[kind],
    dayOf: (date) => dayInParis.format(date),
    list: (items) => list.format(items),
    url: httpUrl,
    day: (isoDay) => day.format(new Date(`${isoDay}T00:00:00Z`)),
    money: (cents) => formatEuros(cents, locale),
    inDays: (days) => relative.format(days, 'day'),
    deadlineKind: (kind) => dictionary[locale]['funding-reminder'][`kind_${kind}`],
    threshold: (kind, part) => dictionary[locale]['funding-threshold'][`${part}_${kind}`],
    sourceProblem: (problem) => dictionary[locale]['source-alert'][`problem_${problem}`],
    registrationStatus: (status, part) => dictionary[locale]['event-registration'][`${part}_${status}`],
  };
}

// Intl formatters are costly to build and safe to share.
export const formatters: Readonly<Record<Locale, Formatter>> = { fr: createFormatter('fr'), en: createFormatter('en') };
