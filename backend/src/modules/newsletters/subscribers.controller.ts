import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { SUBSCRIBERS_EXPORT } from './subscriber-export';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated } from '../../permissions/policy.decorator';
import {
  CreateSubscriberDto,
  SubscriberExportQuery,
  SubscriberQuery,
  UpdateSubscriberDto,
} from './dto/subscribers.dto';
import { SubscriberDetailResponse, SubscriberResponse } from './dto/subscriber.response';
import { SubscribersService } from './subscribers.service';

@ApiTags('newsletters')
@Controller('newsletters/subscribers')
export class SubscribersController {
  constructor(private readonly subscribers: SubscribersService) {}

  @Get()
  @Policy('read', 'Subscriber')
  @ReturnsPage(SubscriberResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: SubscriberQuery) {
    return this.subscribers.list(ctx, q);
  }

  @Get('export')
  @Policy('read', 'Subscriber')
  @Reauthenticated()
  @ExportRoute(SUBSCRIBERS_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: SubscriberExportQuery) {
    return exportResponse(this.subscribers.export(ctx, q));
  }

  @Get(':id')
  @Policy('read', 'Subscriber')
  @Returns(SubscriberDetailResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.subscribers.get(ctx, id);
  }

  @Post()
  @Policy('create', 'Subscriber')
  @Returns(SubscriberDetailResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateSubscriberDto) {
    return this.subscribers.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'Subscriber')
  @Returns(SubscriberDetailResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateSubscriberDto) {
    return this.subscribers.update(ctx, id, dto);
  }
}
