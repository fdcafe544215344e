import { EnumOf, ReadAs } from '../../../common/contract';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../proposal.entity';

/** An item proposed for the next issue; a proposer sees their own (see the ability). */
@ReadAs('NewsletterProposal')
export class ProposalResponse {
  id: string;
  title: string;
  text: string;
  linkUrl: string | null;
  /** Who it comes from, in words ("GT Technique"). */
  groupName: string | null;
  proposedById: string;
  proposedByName: string | null;
  @EnumOf(PROPOSAL_STATUSES, 'ProposalStatus') status: ProposalStatus;
  decidedById: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  /** The issue it was accepted into. */
  issueId: string | null;
  issueNumber: number | null;
  createdAt: Date;
  updatedAt: Date;
}
