import { compiledTemplate, textTemplate } from './compile';
import { emails, type EmailName, type EmailVarsMap } from './emails';
import { formatters } from './format';
import { dictionary, type Locale } from './i18n';
import { asIs, fillPlaceholders, type Placeholders } from './placeholders';

export interface RenderedTemplate {
  html: string;
  text: string;
}

export interface RenderedEmail extends RenderedTemplate {
  subject: string;
}

export interface RenderEmailOptions<N extends EmailName> {
  locale: Locale;
  vars: EmailVarsMap[N];
}

/**
 * Generic step: `templates/<name>.mjml` (compiled once, cached) and `templates/<name>.txt`,
 * filled with `vars` — HTML-escaped in the HTML part, as they are in the text part.
 */
export async function renderTemplate(name: string, vars: Placeholders): Promise<RenderedTemplate> {
  const [html, text] = await Promise.all([compiledTemplate(name), textTemplate(name)]);
  return { html: fillPlaceholders(html, vars), text: fillPlaceholders(text, vars, asIs) };
}

/** A ready-to-send email in the recipient's locale; the variables required depend on the template. */
export async function renderEmail<N extends EmailName>(
  name: N,
  { locale, vars }: RenderEmailOptions<N>,
): Promise<RenderedEmail> {
  const values = emails[name](vars, formatters[locale]);
  const texts: Record<string, string> = { ...dictionary[locale].layout, ...dictionary[locale][name] };
  // "Bonjour ," would read as a mail merge gone wrong: without a first name the greeting is the plain one.
  if ('firstName' in values && !values.firstName.trim()) texts.greeting = texts.greetingAnonymous;
  // Texts are worded with plain values first; the HTML fill then escapes them once, with everything else.
  const placeholders: Record<string, string> = { ...values, lang: locale };
  for (const [key, text] of Object.entries(texts)) placeholders[`t.${key}`] = fillPlaceholders(text, values, asIs);
  const { html, text } = await renderTemplate(name, placeholders);
  return { subject: placeholders['t.subject'], html, text };
}
