import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { LinkSide } from '../../common/link-table';
import { NewsletterIssue } from './newsletter-issue.entity';
import { NewsletterList } from './newsletter-list.entity';

/**
 * A list an issue goes to; `position` keeps the issue's order (someone on several lists gets the copy of the first).
 * A deleted issue drops its lists (CASCADE); a list is archived, never deleted, and one an issue went to cannot be
 * (RESTRICT): the record of who was sent what stays whole.
 */
@Entity('newsletter_issue_lists')
@Index('newsletter_issue_lists_list_idx', ['listId'])
export class NewsletterIssueList {
  @PrimaryColumn({ type: 'uuid' })
  issueId: string;

  @PrimaryColumn({ type: 'uuid' })
  listId: string;

  @Column({ type: 'integer' })
  position: number;

  @ManyToOne(() => NewsletterIssue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue: Relation<NewsletterIssue>;

  @ManyToOne(() => NewsletterList, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'list_id' })
  list: Relation<NewsletterList>;
}

/** The lists an issue goes to, in its order. */
export const ISSUE_LISTS: LinkSide = { entity: 'NewsletterIssueList', self: 'issueId', other: 'listId', owner: true };
