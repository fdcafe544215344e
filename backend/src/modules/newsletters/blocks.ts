import type { AgendaEvent, NewsletterBlock } from '@maillage/emails';

export const BLOCK_TYPES = ['editorial', 'article', 'agenda', 'new_members', 'donation', 'free_text'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

type DonationBlock = Extract<NewsletterBlock, { type: 'donation' }>;

/**
 * A block as stored with its issue: as rendered, except new members, kept as organisation ids and resolved
 * to names, territories and websites when the issue is rendered, and a call for donations, which may name a campaign
 * whose progress is read when the issue is rendered.
 */
export type StoredBlock = { id: string } & (
  | Exclude<NewsletterBlock, { type: 'new_members' | 'donation' }>
  | { type: 'new_members'; title?: string | null; intro?: string | null; organisationIds: string[] }
  | (Omit<DonationBlock, 'progress'> & { campaignId?: string | null })
);

export type { AgendaEvent };
