import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compileMjml, templatesDir } from './compile';
import { escapeHtml } from './escape';
import { timeZone } from './format';
import { formatEuros } from './money';
import { dictionary, type Locale } from './i18n';
import { asIs, compilePlaceholders, fillPlaceholders, type Placeholders } from './placeholders';
import { richTextToPlain, sanitizeRichText } from './rich-text';

export interface AgendaEvent {
  /** Calendar day, YYYY-MM-DD. */
  date: string;
  /** HH:MM, or nothing for an all-day event. */
  time?: string | null;
  title: string;
  place: string;
  url?: string | null;
}

export interface NewMember {
  name: string;
  territory?: string | null;
  url?: string | null;
}

/** A campaign's totals, read when the issue is rendered: the call for donations shows how far it is. */
export interface DonationProgress {
  raisedCents: number;
  goalCents: number | null;
  donorsCount: number;
}

/** A block as rendered; the backend resolves references (new members' organisations, a campaign) before. */
export type NewsletterBlock =
  | { type: 'editorial'; title?: string | null; html: string }
  | {
      type: 'article';
      title: string;
      text: string;
      imageUrl?: string | null;
      imageAlt?: string | null;
      linkUrl?: string | null;
      linkLabel?: string | null;
    }
  | { type: 'agenda'; title?: string | null; events: AgendaEvent[] }
  | { type: 'new_members'; title?: string | null; intro?: string | null; members: NewMember[] }
  | {
      type: 'donation';
      title: string;
      text: string;
      buttonLabel: string;
      buttonUrl: string;
      progress?: DonationProgress | null;
    }
  | { type: 'free_text'; title?: string | null; html: string };

export type NewsletterBlockType = NewsletterBlock['type'];

export interface NewsletterIssueContent {
  locale: Locale;
  number: number;
  title: string;
  preheader?: string | null;
  /** The date the issue carries (its send date). */
  date: Date;
  webVersionUrl: string;
  archiveUrl: string;
  blocks: NewsletterBlock[];
}

/** An issue rendered once: `{{greeting}}` and `{{unsubscribeUrl}}` are still in the HTML and the text. */
export interface RenderedNewsletter {
  locale: Locale;
  subject: string;
  html: string;
  text: string;
}

export interface Recipient {
  firstName?: string | null;
  unsubscribeUrl: string;
}

/** Placeholders left for the per-recipient fill; the issue render keeps them as they are. */
const PER_RECIPIENT = ['greeting', 'unsubscribeUrl'] as const;
const kept: Placeholders = Object.fromEntries(PER_RECIPIENT.map((name) => [name, `{{${name}}}`]));

const sources = new Map<string, Promise<string>>();
/** A file of templates/ (the layout) or templates/newsletter/ (the blocks), read once per process. */
function source(file: string): Promise<string> {
  let pending = sources.get(file);
  if (!pending) {
    pending = readFile(path.join(templatesDir, file), 'utf8');
    sources.set(file, pending);
    pending.catch(() => sources.delete(file));
  }
  return pending;
}
const partial = (name: string) => source(`newsletter/${name}.mjml`);

// User text must never open a placeholder of its own: braces become entities in HTML, and a
// zero-width space splits "{{" in the text part, so the per-recipient fill only sees ours.
const html = (value: string) => escapeHtml(value).replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;'));
const plain = (value: string) => value.replace(/\{\{/g, '{\u200b{');
const rich = (value: string) => sanitizeRichText(value).replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;'));
/** Several paragraphs typed in a text box: blank lines separate paragraphs, single newlines break lines. */
const paragraphs = (value: string) =>
  value
    .trim()
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => html(line.trim()))
        .join('<br />'),
    )
    .join('<br /><br />');

function httpUrl(url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) throw new Error(`Not an http(s) URL: ${JSON.stringify(url)}`);
  return url;
}

const fill = (template: string, vars: Placeholders) => fillPlaceholders(template, vars, asIs);

const intlLocales: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
function formatters(locale: Locale) {
  const long = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone });
  const day = new Intl.DateTimeFormat(intlLocales[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    issueDate: (d: Date) => long.format(d),
    money: (cents: number) => formatEuros(cents, locale),
    eventDate: (date: string, time?: string | null) => {
      const words = day.format(new Date(`${date}T00:00:00Z`));
      return time ? `${words} · ${time}` : words;
    },
  };
}

interface BlockOutput {
  mjml: string;
  text: string;
}

type Texts = (typeof dictionary)[Locale]['newsletter'];

/** One block: its MJML (from its partial, values escaped or sanitised) and its plain-text part. */
/** A campaign's progress in words (amount raised, of its goal, donors counted) and as a bar's width. */
function donationProgress(p: DonationProgress, t: Texts, f: ReturnType<typeof formatters>) {
  const raised = f.money(p.raisedCents);
  return {
    raised: p.goalCents
      ? fill(t.donationRaisedOfGoal, { raised, goal: f.money(p.goalCents) })
      : fill(t.donationRaised, { raised }),
    donors: fill(t.donationDonors, { count: String(p.donorsCount) }),
    percent: p.goalCents ? Math.min(100, Math.floor((p.raisedCents * 100) / p.goalCents)) : null,
  };
}

async function renderBlock(block: NewsletterBlock, t: Texts, f: ReturnType<typeof formatters>): Promise<BlockOutput> {
  const heading = async (text: string | null | undefined) =>
    text ? fill(await partial('heading'), { text: html(text) }) : '';
  const textTitle = (text: string | null | undefined) => (text ? `${plain(text).toUpperCase()}\n\n` : '');
  switch (block.type) {
    case 'editorial':
    case 'free_text': {
      const body = rich(block.html);
      return {
        mjml: fill(await partial(block.type === 'editorial' ? 'editorial' : 'free-text'), {
          heading: await heading(block.title),
          html: body,
        }),
        text: textTitle(block.title) + plain(richTextToPlain(sanitizeRichText(block.html))),
      };
    }
    case 'article': {
      const link = block.linkUrl ? httpUrl(block.linkUrl) : null;
      const label = (block.linkLabel ?? '') || t.readMore;
      const image = block.imageUrl
        ? fill(await partial(link ? 'image' : 'image-nolink'), {
            src: html(httpUrl(block.imageUrl)),
            alt: html(block.imageAlt ?? ''),
            href: link ? html(link) : '',
          })
        : '';
      return {
        mjml: fill(await partial('article'), {
          image,
          title: html(block.title),
          text: paragraphs(block.text),
          button: link ? fill(await partial('button'), { href: html(link), label: html(label) }) : '',
        }),
        text: textTitle(block.title) + plain(block.text.trim()) + (link ? `\n\n${plain(label)}\n${link}` : ''),
      };
    }
    case 'agenda': {
      const event = await partial('agenda-event');
      const title = (block.title ?? '') || t.agenda;
      const events = block.events.map((e) => {
        const url = e.url ? httpUrl(e.url) : null;
        return {
          mjml: fill(event, {
            when: html(f.eventDate(e.date, e.time)),
            title: html(e.title),
            place: html(e.place),
            link: url ? `<br /><a href="${html(url)}">${html(t.moreInfo)}</a>` : '',
          }),
          text: `- ${f.eventDate(e.date, e.time)} — ${plain(e.title)}, ${plain(e.place)}${url ? `\n  ${url}` : ''}`,
        };
      });
      return {
        mjml: fill(await partial('agenda'), { title: html(title), events: events.map((e) => e.mjml).join('\n') }),
        text: textTitle(title) + events.map((e) => e.text).join('\n'),
      };
    }
    case 'new_members': {
      const member = await partial('new-member');
      const title = (block.title ?? '') || t.newMembers;
      const members = block.members.map((m) => {
        const url = m.url ? httpUrl(m.url) : null;
        return {
          mjml: fill(member, {
            name: html(m.name),
            territory: m.territory ? ` — ${html(m.territory)}` : '',
            link: url ? `<br /><a href="${html(url)}">${html(url.replace(/^https?:\/\//, ''))}</a>` : '',
          }),
          text: `- ${plain(m.name)}${m.territory ? ` — ${plain(m.territory)}` : ''}${url ? ` (${url})` : ''}`,
        };
      });
      const intro = block.intro ? fill(await partial('paragraph'), { text: paragraphs(block.intro) }) : '';
      return {
        mjml: fill(await partial('new-members'), {
          title: html(title),
          intro,
          members: members.map((m) => m.mjml).join('\n'),
        }),
        text:
          textTitle(title) +
          (block.intro ? `${plain(block.intro.trim())}\n\n` : '') +
          members.map((m) => m.text).join('\n'),
      };
    }
    case 'donation': {
      const url = httpUrl(block.buttonUrl);
      const progress = block.progress ? donationProgress(block.progress, t, f) : null;
      return {
        mjml: fill(await partial('donation'), {
          title: html(block.title),
          text: paragraphs(block.text),
          progress: progress
            ? fill(await partial('donation-progress'), {
                raised: html(progress.raised),
                donors: html(progress.donors),
                percent: String(progress.percent ?? 0),
                bar: progress.percent === null ? 'display:none;' : '',
              })
            : '',
          href: html(url),
          label: html(block.buttonLabel),
        }),
        text:
          textTitle(block.title) +
          plain(block.text.trim()) +
          (progress ? `\n\n${progress.raised} — ${progress.donors}` : '') +
          `\n\n${plain(block.buttonLabel)}\n${url}`,
      };
    }
  }
}

/**
 * Renders an issue once: its blocks through their MJML partials, one MJML compilation, and the text part.
 * Per-recipient fields are left as placeholders for personaliseNewsletter, which costs microseconds per mail.
 */
export async function renderNewsletter(issue: NewsletterIssueContent): Promise<RenderedNewsletter> {
  const dict = dictionary[issue.locale];
  const t = dict.newsletter;
  const f = formatters(issue.locale);
  const blocks = await Promise.all(issue.blocks.map((b) => renderBlock(b, t, f)));
  const issueLine = fill(t.issueLine, { number: String(issue.number), date: f.issueDate(issue.date) });
  // Everything the layout names besides the blocks, escaped for the HTML part or kept plain for the text part.
  const shared = (escape: (v: string) => string): Placeholders => ({
    ...kept,
    lang: issue.locale,
    title: escape(issue.title),
    webVersionUrl: escape(httpUrl(issue.webVersionUrl)),
    archiveUrl: escape(httpUrl(issue.archiveUrl)),
    't.subject': escape(issue.title),
    't.preheader': escape(issue.preheader ?? ''),
    't.issueLine': escape(issueLine),
    't.tagline': escape(dict.layout.tagline),
    't.webVersion': escape(t.webVersion),
    't.why': escape(t.why),
    't.unsubscribe': escape(t.unsubscribe),
    't.archive': escape(t.archive),
  });
  // The blocks go in first (user text in them has no braces left); MJML compiles once, with the layout's and
  // the included head's {{placeholders}} still in; they are then filled, all but the per-recipient ones.
  const layout = (await source('newsletter.mjml')).replace('{{blocks}}', () => blocks.map((b) => b.mjml).join('\n'));
  const compiled = await compileMjml(layout, path.join(templatesDir, 'newsletter.mjml'));
  const textLayout = (await source('newsletter.txt')).replace(
    '{{blocks}}',
    () => `${blocks.map((b) => b.text).join('\n\n')}\n`,
  );
  return {
    locale: issue.locale,
    subject: issue.title,
    html: fill(compiled, shared(html)),
    text: fill(textLayout, shared(plain)),
  };
}

/** A rendering's parts split at their placeholders, once per rendering (a send fills the same one for everyone). */
const compiledRenderings = new WeakMap<
  RenderedNewsletter,
  {
    html: string;
    text: string;
    fillHtml: ReturnType<typeof compilePlaceholders>;
    fillText: ReturnType<typeof compilePlaceholders>;
  }
>();

/** A recipient's values for the placeholders a rendering keeps (unescaped: each part escapes them its own way). */
export function recipientPlaceholders(locale: Locale, recipient: Recipient): Placeholders {
  const t = dictionary[locale].newsletter;
  const name = recipient.firstName?.trim();
  return {
    greeting: name ? fill(t.greeting, { firstName: name }) : t.greetingAnonymous,
    unsubscribeUrl: httpUrl(recipient.unsubscribeUrl),
  };
}

/** One recipient's copy: greeting and unsubscribe link filled in (escaped in the HTML). */
export function personaliseNewsletter(
  rendered: RenderedNewsletter,
  recipient: Recipient,
): { subject: string; html: string; text: string } {
  const vars = recipientPlaceholders(rendered.locale, recipient);
  let compiled = compiledRenderings.get(rendered);
  if (compiled?.html !== rendered.html || compiled.text !== rendered.text) {
    compiled = {
      html: rendered.html,
      text: rendered.text,
      fillHtml: compilePlaceholders(rendered.html),
      fillText: compilePlaceholders(rendered.text),
    };
    compiledRenderings.set(rendered, compiled);
  }
  return { subject: rendered.subject, html: compiled.fillHtml(vars), text: compiled.fillText(vars, asIs) };
}
