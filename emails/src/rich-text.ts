import sanitizeHtml from 'sanitize-html';

/**
 * What a newsletter's rich text may hold: paragraphs, emphasis, lists, two heading levels, quotes and links.
 * Everything else (scripts, styles, event handlers, images, iframes, `javascript:` links) is dropped.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'blockquote'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** Rich text as it may be stored and sent. Idempotent: sanitising sanitised text changes nothing. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options).trim();
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#123': '{',
  '#125': '}',
  nbsp: '\u00a0',
};

/**
 * The plain-text part of sanitised rich text: paragraphs and list items on their own lines, links as
 * "label (url)". Works on sanitizeRichText's output only, whose markup is known and well formed.
 */
export function richTextToPlain(sanitized: string): string {
  return sanitized
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (_m, href: string, label: string) => {
      const text = label.replace(/<[^>]+>/g, '');
      return text === href || `mailto:${text}` === href ? text : `${label} (${href})`;
    })
    .replace(/<br \/>/g, '\n')
    .replace(/<li>/g, '- ')
    .replace(/<\/(p|h2|h3|blockquote|ul|ol)>/g, '\n\n')
    .replace(/<\/li>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#123|#125|nbsp);/g, (_m, name: string) => entities[name])
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
