import type { Locale } from './messages';

/** A text in both languages of the app. */
export interface Localised {
  fr: string;
  en: string;
}

/** A parameter of a message: a value, or one that reads differently per language (a label, an amount). */
export type Param = string | number | bigint | ((locale: Locale) => string);

/** A catalogued message with the values of its `{name}` placeholders. */
export interface Message {
  readonly code: string;
  readonly params: Readonly<Record<string, Param>>;
}

/**
 * What an error says: a catalogued code, a code with parameters, or a text already in both languages that another
 * catalogue produced (the class-validator messages of a CSV row).
 */
export type Text = string | Message | Localised;

const texts = new Map<string, Localised>();

/**
 * Declares a module's catalogue (its enum of codes → texts) and registers it for the HTTP filter, so that common code
 * renders every domain's messages without importing any domain. A code declared twice is a programming error.
 */
export function catalogue<C extends string>(entries: Record<C, Localised>): Record<C, Localised> {
  for (const [code, text] of Object.entries<Localised>(entries)) {
    if (texts.has(code)) throw new Error(`Error code declared twice: ${code}`);
    texts.set(code, text);
  }
  return entries;
}

/** Every registered code, for the catalogue test and the OpenAPI enum. */
export function registeredCodes(): string[] {
  return [...texts.keys()];
}

export function msg(code: string, params: Record<string, Param>): Message {
  return { code, params };
}

/** The code a text carries, if it is catalogued. */
export function codeOf(text: Text): string | undefined {
  return typeof text === 'string' ? text : 'code' in text ? text.code : undefined;
}

export function render(text: Text, locale: Locale): string {
  if (typeof text !== 'string' && !('code' in text)) return text[locale];
  const [code, params] = typeof text === 'string' ? [text, {}] : [text.code, text.params];
  const template = texts.get(code)?.[locale];
  if (template === undefined) throw new Error(`Unknown error code: ${code}`);
  return template.replace(/\{(\w+)\}/g, (all, name: string) => {
    const value = params[name];
    return value === undefined ? all : typeof value === 'function' ? value(locale) : String(value);
  });
}

/** Both languages at once, where a message is stored or composed rather than sent (CSV problem lists). */
export function localise(text: Text): Localised {
  return { fr: render(text, 'fr'), en: render(text, 'en') };
}
