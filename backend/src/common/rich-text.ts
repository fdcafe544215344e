import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import sanitizeHtml from 'sanitize-html';

/**
 * What the editor of the UI produces (paragraphs, headings, lists, emphasis, links, quotes, code): every other tag or
 * attribute is dropped, links are http(s) or mailto only and open safely. Stored sanitised, so it renders as is.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'code',
    'pre',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'target', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer nofollow' }) },
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Whether sanitised rich text has any words in it (the editor's empty state is `<p></p>`). */
export function hasText(html: string): boolean {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).trim().length > 0;
}

const clean = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const html = sanitizeRichText(value);
  return hasText(html) ? html : null;
};

/** Optional rich text: sanitised, and null when it holds no words. */
export function OptionalRichText(max: number): PropertyDecorator {
  return applyDecorators(IsOptional(), Transform(clean), IsString(), MaxLength(max));
}

/** Rich text that must hold words; an empty editor is reported as a missing field. */
export function RequiredRichText(max: number): PropertyDecorator {
  return applyDecorators(
    Transform((params) => clean(params) ?? ''),
    IsString(),
    ValidateBy({ name: 'isNotEmpty', validator: { validate: (v: unknown) => typeof v === 'string' && v.length > 0 } }),
    MaxLength(max),
  );
}
