import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { CreateListDto, ListQuery, UpdateListDto } from './dto/lists.dto';
import { NewsletterListCountsResponse, NewsletterListResponse } from './dto/list.response';
import { ListsService } from './lists.service';

@ApiTags('newsletters')
@Controller('newsletters/lists')
export class ListsController {
  constructor(private readonly lists: ListsService) {}

  @Get()
  @Policy('read', 'NewsletterList')
  @Returns([NewsletterListCountsResponse])
  list(@Ctx() ctx: RequestContext, @Query() q: ListQuery) {
    return this.lists.list(ctx, q.includeArchived);
  }

  @Post()
  @Policy('create', 'NewsletterList')
  @Returns(NewsletterListResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateListDto) {
    return this.lists.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'NewsletterList')
  @Returns(NewsletterListResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateListDto) {
    return this.lists.update(ctx, id, dto);
  }

  @Post(':id/archive')
  @Policy('archive', 'NewsletterList')
  @Returns(NewsletterListResponse)
  archive(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.lists.setArchived(ctx, id, true);
  }

  @Post(':id/restore')
  @Policy('archive', 'NewsletterList')
  @Returns(NewsletterListResponse)
  restore(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.lists.setArchived(ctx, id, false);
  }
}
