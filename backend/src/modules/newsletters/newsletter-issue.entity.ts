import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { StoredBlock } from './blocks';

export const ISSUE_STATUSES = ['draft', 'in_review', 'scheduled', 'sending', 'paused', 'sent'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
/** Content can change only before scheduling; once sending starts, what is sent is the stored rendering. */
export const EDITABLE_STATUSES: readonly IssueStatus[] = ['draft', 'in_review'];

@Entity('newsletter_issues')
export class NewsletterIssue extends BaseEntity {
  @Index('newsletter_issues_number_unique', { unique: true })
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The line inboxes show after the subject. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  preheader: string | null;

  @Column({ type: 'varchar', length: 2, default: 'fr' })
  locale: 'fr' | 'en';

  @Index('newsletter_issues_status_idx')
  @Column({ type: 'varchar', length: 20 })
  status: IssueStatus;

  /** When it is to be (or was) sent. */
  @Column({ type: 'timestamptz', nullable: true })
  sendAt: Date | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  blocks: StoredBlock[];

  /** Aggregate open count through an issue-wide pixel; off by default, never per person. */
  @Column({ type: 'boolean', default: false })
  countOpens: boolean;

  @Column({ type: 'integer', default: 0 })
  openCount: number;

  /** The rendering sent (HTML and text, per-recipient placeholders still in), frozen when sending starts. */
  @Column({ type: 'text', nullable: true, select: false })
  renderedHtml: string | null;

  @Column({ type: 'text', nullable: true, select: false })
  renderedText: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sendingStartedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
