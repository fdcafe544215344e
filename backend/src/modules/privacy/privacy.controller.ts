import { Body, Controller, Get, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { attachment } from '../../common/content-disposition';
import { Returns, ReturnsFile, ReturnsPage } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated } from '../../permissions/policy.decorator';
import { CreatePrivacyRequestDto, PrivacyRequestQuery } from './dto/privacy-request.dto';
import { PrivacyRequestResponse } from './dto/privacy-request.response';
import { PrivacyService } from './privacy.service';

@ApiTags('privacy')
@Controller('privacy/requests')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get()
  @Policy('read', 'PrivacyRequest')
  @ReturnsPage(PrivacyRequestResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: PrivacyRequestQuery) {
    return this.privacy.list(ctx, q);
  }

  @Post()
  @Policy('create', 'PrivacyRequest')
  @Returns(PrivacyRequestResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreatePrivacyRequestDto) {
    return this.privacy.create(ctx, dto);
  }

  /** The access or portability answer: a zip (JSON, CSV) of everything held about the person. */
  @Get(':id/export')
  @Policy('update', 'PrivacyRequest')
  @Reauthenticated()
  @ReturnsFile('application/zip')
  async export(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    const file = await this.privacy.exportFor(ctx, id);
    return new StreamableFile(file.content, { type: 'application/zip', disposition: attachment(file.fileName) });
  }

  /** Erases the person: irreversible; what the network must keep stays, under a pseudonym. */
  @Post(':id/erase')
  @Policy('update', 'PrivacyRequest')
  @Reauthenticated()
  @Returns(PrivacyRequestResponse)
  erase(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.privacy.erase(ctx, id);
  }
}
