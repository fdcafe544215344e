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
  return template.replace(placeholder, (_match, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (typeof value !== 'string') throw new MissingPlaceholderError(name);
    return escape(value);
  });
}

/**
 * The same fill, for a template filled many times (one newsletter, thousands of recipients): the template is split
 * at its placeholders once, and each fill only joins the pieces, instead of scanning the whole template again.
 */
export function compilePlaceholders(template: string): (vars: Placeholders, escape?: (value: string) => string) => string {
  // split() with a capturing group alternates literal text and placeholder names: [text, name, text, …, text].
  const parts = template.split(placeholder);
  return (vars, escape = escapeHtml) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
      if (typeof value !== 'string') throw new MissingPlaceholderError(name);
      out += escape(value) + parts[i + 1];
    }
    return out;
  };
}
