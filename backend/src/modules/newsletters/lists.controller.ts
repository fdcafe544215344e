import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { CreateListDto, UpdateListDto } from './dto/lists.dto';
import { ListsService } from './lists.service';

class ListQuery {
  @IsOptional() @Transform(({ value }) => value === 'true' || value === true) @IsBoolean()
  includeArchived?: boolean;
}

@ApiTags('newsletters')
@Controller('newsletters/lists')
export class ListsController {
  constructor(private readonly lists: ListsService) {}

  @Get()
  @Policy('read', 'NewsletterList')
  list(@Ctx() ctx: RequestContext, @Query() q: ListQuery) {
    return this.lists.list(ctx, q.includeArchived);
  }

  @Post()
  @Policy('create', 'NewsletterList')
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateListDto) {
    return this.lists.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'NewsletterList')
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateListDto) {
    return this.lists.update(ctx, id, dto);
  }

  @Post(':id/archive')
  @Policy('archive', 'NewsletterList')
  archive(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.lists.setArchived(ctx, id, true);
  }

  @Post(':id/restore')
  @Policy('archive', 'NewsletterList')
  restore(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.lists.setArchived(ctx, id, false);
  }
}
