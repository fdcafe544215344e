export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';
/** Readable by the server (to render `lang` and the first paint) and by the API client (Accept-Language). */
export const LOCALE_COOKIE = 'maillage_locale';

export function toLocale(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : DEFAULT_LOCALE;
}
