import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { ActionItemResponse } from './dto/action-item.response';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated, SignedIn } from '../../permissions/policy.decorator';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { ACTION_ITEMS_EXPORT } from './action-item-export';
import { ActionItemsService } from './action-items.service';
import {
  ActionItemExportQuery,
  ActionItemQuery,
  CreateActionItemDto,
  UpdateActionItemDto,
} from './dto/action-item.dto';

@ApiTags('governance')
@Controller('action-items')
export class ActionItemsController {
  constructor(private readonly items: ActionItemsService) {}

  @Get()
  @Policy('read', 'ActionItem')
  @ReturnsPage(ActionItemResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: ActionItemQuery) {
    return this.items.list(ctx, q);
  }

  /** Actions name their owners: a recent sign-in is asked for. */
  @Get('export')
  @Policy('read', 'ActionItem')
  @Reauthenticated()
  @ExportRoute(ACTION_ITEMS_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: ActionItemExportQuery) {
    return exportResponse(this.items.export(ctx, q));
  }

  /** The signed-in person's own actions. */
  @Get('mine')
  @SignedIn()
  @ReturnsPage(ActionItemResponse)
  mine(@Ctx() ctx: SignedInContext, @Query() q: ActionItemQuery) {
    return this.items.mine(ctx, q);
  }

  @Get(':id')
  @Policy('read', 'ActionItem')
  @Returns(ActionItemResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.items.get(ctx, id);
  }

  @Post()
  @Policy('create', 'ActionItem')
  @Returns(ActionItemResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateActionItemDto) {
    return this.items.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'ActionItem')
  @Returns(ActionItemResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateActionItemDto) {
    return this.items.update(ctx, id, dto);
  }
}
