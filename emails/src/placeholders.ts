import { escapeHtml } from './escape';

/** Values for `{{name}}` placeholders; texts from the dictionary come in under `t.<key>`. */
export type Placeholders = Readonly<Record<string, string>>;

export class MissingPlaceholderError extends Error {
  constructor(readonly placeholder: string) {
    super(`No value for placeholder {{${placeholder}}}`);
    this.name = 'MissingPlaceholderError';
  }
}

const placeholder = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** Leaves values as they are: for plain-text parts and subjects. */
export const asIs = (value: string): string => value;

/**
 * Replaces every `{{name}}` in one pass, so a value that itself contains `{{…}}` is never expanded.
 * A placeholder without a value throws rather than leaving `{{name}}` in a mail someone receives.
 */
export function fillPlaceholders(
  template: string,
  vars: Placeholders,
  escape: (value: string) => string = escapeHtml,
): string {
  return template.replace(placeholder, (_match, name: string) => escape(placeholderValue(vars, name)));
}

/** A template cut at its placeholders: literal text and placeholder names alternate, `[text, name, text, …, text]`. */
export const splitPlaceholders = (template: string): string[] => template.split(placeholder);

/** The value a placeholder gets; throws rather than leave `{{name}}` in a mail someone receives. */
export function placeholderValue(vars: Placeholders, name: string): string {
  const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
  if (typeof value !== 'string') throw new MissingPlaceholderError(name);
  return value;
}

/**
 * The same fill, for a template filled many times (one newsletter, thousands of recipients): the template is split
 * at its placeholders once, and each fill only joins the pieces, instead of scanning the whole template again.
 */
export function compilePlaceholders(
  template: string,
): (vars: Placeholders, escape?: (value: string) => string) => string {
  const parts = splitPlaceholders(template);
  return (vars, escape = escapeHtml) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) out += escape(placeholderValue(vars, parts[i])) + parts[i + 1];
    return out;
  };
}
