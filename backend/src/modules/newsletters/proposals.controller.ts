import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { AcceptProposalDto, CreateProposalDto, DeclineProposalDto, ProposalQuery } from './dto/proposals.dto';
import { ProposalResponse } from './dto/proposal.response';
import { ProposalsService } from './proposals.service';

@ApiTags('newsletters')
@Controller('newsletters/proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Get()
  @Policy('read', 'NewsletterProposal')
  @ReturnsPage(ProposalResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: ProposalQuery) {
    return this.proposals.list(ctx, q);
  }

  @Post()
  @Policy('create', 'NewsletterProposal')
  @Returns(ProposalResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateProposalDto) {
    return this.proposals.create(ctx, dto);
  }

  @Post(':id/accept')
  @Policy('update', 'NewsletterProposal')
  @Returns(ProposalResponse)
  accept(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: AcceptProposalDto) {
    return this.proposals.accept(ctx, id, dto);
  }

  @Post(':id/decline')
  @Policy('update', 'NewsletterProposal')
  @Returns(ProposalResponse)
  decline(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: DeclineProposalDto) {
    return this.proposals.decline(ctx, id, dto);
  }
}
