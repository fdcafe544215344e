import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** An item a working group (or a COPIL member) proposes for the next issue; the comms team accepts or declines it. */
@Entity('newsletter_proposals')
export class NewsletterProposal extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  linkUrl: string | null;

  /** Who it comes from, in words ("GT Technique"). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  groupName: string | null;

  @Index('newsletter_proposals_proposed_by_idx')
  @Column({ type: 'uuid' })
  proposedById: string;

  @Index('newsletter_proposals_status_idx')
  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: ProposalStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionNote: string | null;

  /** The issue it was accepted into. */
  @Column({ type: 'uuid', nullable: true })
  issueId: string | null;
}
