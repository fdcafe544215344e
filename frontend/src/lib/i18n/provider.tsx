'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALE_COOKIE, type Locale } from './config';
import type { Dictionaries, MessageKey } from './keys';
import { formatDate, formatDateTime } from './dates';
import { formatCents } from './money';

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

interface I18nValue {
  locale: Locale;
  t: Translate;
  /** Whether a string (a schema message, an entity name) is a dictionary key rather than a ready text. */
  isKey: (value: string) => value is MessageKey;
  /** Switches the UI at once and remembers the choice in the cookie, which the server reads for `<html lang>`. */
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Texts whose words follow a number (`{count, plural, one {…} other {…}}`) go through ICU's plural rules. */
const ICU = /\{\w+, ?(plural|select)/;

function writeLocaleCookie(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
}

interface ProviderProps {
  initialLocale: Locale;
  /** Assembled at the composition root (src/i18n), which alone knows every feature. */
  dictionaries: Dictionaries;
  children: ReactNode;
}

export function I18nProvider({ initialLocale, dictionaries, children }: ProviderProps) {
  // Only this client changes the locale after the first render: later server renders carry the same cookie, so the
  // state is not synced back from the prop (a slow, older render must not undo a newer choice).
  const [locale, setLocaleState] = useState(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    writeLocaleCookie(next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(() => {
    const messages = dictionaries[locale];
    const compiled = new Map<MessageKey, IntlMessageFormat>();
    const t: Translate = (key, vars) => {
      const text = messages[key];
      if (vars && ICU.test(text)) {
        if (!compiled.has(key)) compiled.set(key, new IntlMessageFormat(text, locale));
        return String(compiled.get(key)!.format(vars));
      }
      return vars ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(vars[name] ?? all)) : text;
    };
    const isKey = (value: string): value is MessageKey => Object.prototype.hasOwnProperty.call(messages, value);
    return { locale, t, isKey, setLocale };
  }, [locale, setLocale, dictionaries]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('I18nProvider is missing');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useIsMessageKey(): I18nValue['isKey'] {
  return useI18n().isKey;
}

export function useLocale(): [Locale, (locale: Locale) => void] {
  const { locale, setLocale } = useI18n();
  return [locale, setLocale];
}

/** Date and money formatters bound to the current locale. */
export function useFormat() {
  const { locale } = useI18n();
  return useMemo(
    () => ({
      date: (value: string | null | undefined) => formatDate(value, locale),
      dateTime: (value: string | null | undefined) => formatDateTime(value, locale),
      cents: (value: number | null | undefined) => formatCents(value, locale),
    }),
    [locale],
  );
}
