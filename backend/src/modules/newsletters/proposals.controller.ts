import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { AcceptProposalDto, CreateProposalDto, DeclineProposalDto, ProposalQuery } from './dto/proposals.dto';
import { ProposalsService } from './proposals.service';

@ApiTags('newsletters')
@Controller('newsletters/proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Get()
  @Policy('read', 'NewsletterProposal')
  list(@Ctx() ctx: RequestContext, @Query() q: ProposalQuery) {
    return this.proposals.list(ctx, q);
  }

  @Post()
  @Policy('create', 'NewsletterProposal')
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateProposalDto) {
    return this.proposals.create(ctx, dto);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Policy('update', 'NewsletterProposal')
  accept(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: AcceptProposalDto) {
    return this.proposals.accept(ctx, id, dto);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Policy('update', 'NewsletterProposal')
  decline(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: DeclineProposalDto) {
    return this.proposals.decline(ctx, id, dto);
  }
}
