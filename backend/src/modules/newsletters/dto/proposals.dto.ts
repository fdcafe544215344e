import { IsOptional, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/decorators';
import { OneOf } from '../../../common/contract';
import { PageQuery } from '../../../common/pagination';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../proposal.entity';

export class CreateProposalDto {
  @RequiredText(200)
  title: string;

  @RequiredText(3000)
  text: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  linkUrl?: string | null;

  @OptionalText(120)
  groupName?: string | null;
}

export class ProposalQuery extends PageQuery {
  @IsOptional()
  @OneOf(PROPOSAL_STATUSES, 'ProposalStatus')
  status?: ProposalStatus;
}

export class AcceptProposalDto {
  /** The issue (draft or in review) the item becomes a block of. */
  @IsUUID()
  issueId: string;

  @IsOptional()
  @OneOf(['article', 'free_text'], 'ProposalBlockType')
  as?: 'article' | 'free_text';
}

export class DeclineProposalDto {
  @OptionalText(500)
  note?: string | null;
}
