import { z } from 'zod';
import { optionalText, optionalUrl, requiredEmail, requiredText } from '@/lib/schema';
import type { Block, BlockType, Issue } from './types';

const requiredUrl = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .refine((v) => /^https?:\/\/\S+\.\S+/.test(v), 'validation.url');
const nullIfEmpty = (v: string) => (v === '' ? null : v);

const eventSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date'),
  time: z
    .string()
    .refine((v) => v === '' || /^\d{2}:\d{2}$/.test(v), 'validation.time')
    .transform(nullIfEmpty),
  title: requiredText(200),
  place: requiredText(200),
  url: optionalUrl,
});

const richText = z
  .string()
  .max(20_000, 'validation.tooLong')
  .refine((v) => v.replace(/<[^>]*>/g, '').trim() !== '', 'validation.required');

/** One schema per block type, as the API validates them. */
export const blockSchema = z.discriminatedUnion('type', [
  z.object({ id: z.string().optional(), type: z.literal('editorial'), title: optionalText(200), html: richText }),
  z.object({ id: z.string().optional(), type: z.literal('free_text'), title: optionalText(200), html: richText }),
  z.object({
    id: z.string().optional(),
    type: z.literal('article'),
    title: requiredText(200),
    text: requiredText(5000),
    imageUrl: optionalUrl,
    imageAlt: optionalText(300),
    linkUrl: optionalUrl,
    linkLabel: optionalText(80),
  }),
  z.object({
    id: z.string().optional(),
    type: z.literal('agenda'),
    title: optionalText(200),
    events: z.array(eventSchema).min(1, 'newsletters.validation.oneEvent'),
  }),
  z.object({
    id: z.string().optional(),
    type: z.literal('new_members'),
    title: optionalText(200),
    intro: optionalText(2000),
    organisationIds: z.array(z.string()).min(1, 'newsletters.validation.oneMember'),
  }),
  z.object({
    id: z.string().optional(),
    type: z.literal('donation'),
    title: requiredText(200),
    text: requiredText(2000),
    buttonLabel: requiredText(60),
    buttonUrl: requiredUrl,
    campaignId: z.string().transform((id) => id || null),
  }),
]);

export const issueSchema = z.object({
  title: requiredText(200),
  preheader: optionalText(200),
  listIds: z.array(z.string()),
  blocks: z.array(blockSchema).max(40),
});

export type IssueFormValues = z.input<typeof issueSchema>;
export type BlockFormValues = IssueFormValues['blocks'][number];

/** A new block of a type, with empty fields (the form holds '' where the API holds null). */
export function newBlock(type: BlockType): BlockFormValues {
  switch (type) {
    case 'editorial':
    case 'free_text':
      return { type, title: '', html: '' };
    case 'article':
      return { type, title: '', text: '', imageUrl: '', imageAlt: '', linkUrl: '', linkLabel: '' };
    case 'agenda':
      return { type, title: '', events: [{ date: '', time: '', title: '', place: '', url: '' }] };
    case 'new_members':
      return { type, title: '', intro: '', organisationIds: [] };
    case 'donation':
      return { type, title: '', text: '', buttonLabel: '', buttonUrl: '', campaignId: '' };
  }
}

const blank = (v: string | null | undefined) => v ?? '';

function blockValues(b: Block): BlockFormValues {
  switch (b.type) {
    case 'editorial':
    case 'free_text':
      return { id: b.id, type: b.type, title: blank(b.title), html: b.html };
    case 'article':
      return {
        id: b.id,
        type: b.type,
        title: b.title,
        text: b.text,
        imageUrl: blank(b.imageUrl),
        imageAlt: blank(b.imageAlt),
        linkUrl: blank(b.linkUrl),
        linkLabel: blank(b.linkLabel),
      };
    case 'agenda':
      return {
        id: b.id,
        type: b.type,
        title: blank(b.title),
        events: b.events.map((e) => ({
          date: e.date,
          time: blank(e.time),
          title: e.title,
          place: e.place,
          url: blank(e.url),
        })),
      };
    case 'new_members':
      return {
        id: b.id,
        type: b.type,
        title: blank(b.title),
        intro: blank(b.intro),
        organisationIds: b.organisationIds,
      };
    case 'donation':
      return {
        id: b.id,
        type: b.type,
        title: b.title,
        text: b.text,
        buttonLabel: b.buttonLabel,
        buttonUrl: b.buttonUrl,
        campaignId: blank(b.campaignId),
      };
  }
}

export function issueFormValues(issue?: Issue): IssueFormValues {
  return {
    title: issue?.title ?? '',
    preheader: issue?.preheader ?? '',
    listIds: issue?.listIds ?? [],
    blocks: issue ? issue.blocks.map(blockValues) : [newBlock('editorial')],
  };
}

export const testSendSchema = z.object({
  emails: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .refine((v) => v.split(/[\s,;]+/).filter(Boolean).length <= 5, 'newsletters.validation.fiveAddresses')
    .refine(
      (v) =>
        v
          .split(/[\s,;]+/)
          .filter(Boolean)
          .every((e) => z.email().safeParse(e).success),
      'validation.email',
    ),
});

export const subscriberSchema = z.object({
  email: requiredEmail,
  firstName: optionalText(100),
  lastName: optionalText(100),
  locale: z.enum(['fr', 'en']),
  listIds: z.array(z.string()).min(1, 'newsletters.validation.oneList'),
  consentSource: requiredText(500),
});
export type SubscriberFormValues = z.input<typeof subscriberSchema>;

export const proposalSchema = z.object({
  title: requiredText(200),
  text: requiredText(3000),
  linkUrl: optionalUrl,
  groupName: optionalText(120),
});
export type ProposalFormValues = z.input<typeof proposalSchema>;

export const subscribeSchema = z.object({
  email: requiredEmail,
  firstName: optionalText(100),
  listIds: z.array(z.string()).min(1, 'newsletters.validation.oneList'),
  consent: z.literal(true, 'newsletters.validation.consent'),
  website: z.string(),
});
export type SubscribeFormValues = z.input<typeof subscribeSchema>;

export const listSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'newsletters.validation.key'),
  name: requiredText(120),
  description: optionalText(2000),
  isPublic: z.boolean(),
});
export type ListFormValues = z.input<typeof listSchema>;
