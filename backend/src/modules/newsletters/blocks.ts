import type { AgendaEvent, NewsletterBlock } from '@maillage/emails';

export const BLOCK_TYPES = ['editorial', 'article', 'agenda', 'new_members', 'donation', 'free_text'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/**
 * A block as stored with its issue: as rendered, except new members, kept as organisation ids and resolved
 * to names, territories and websites when the issue is rendered.
 */
export type StoredBlock = { id: string } & (
  | Exclude<NewsletterBlock, { type: 'new_members' }>
  | { type: 'new_members'; title?: string | null; intro?: string | null; organisationIds: string[] }
);

export type { AgendaEvent };
