import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { CreateKitDto, KitQuery, UpdateKitDto } from './dto/kit.dto';
import { KitResponse } from './dto/kit.response';
import { KitsService } from './kits.service';

@ApiTags('events')
@Controller('kits')
export class KitsController {
  constructor(private readonly kits: KitsService) {}

  @Get()
  @Policy('read', 'Kit')
  @ReturnsPage(KitResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: KitQuery) {
    return this.kits.list(ctx, q);
  }

  @Post()
  @Policy('create', 'Kit')
  @Returns(KitResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateKitDto) {
    return this.kits.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'Kit')
  @Returns(KitResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateKitDto) {
    return this.kits.update(ctx, id, dto);
  }
}
