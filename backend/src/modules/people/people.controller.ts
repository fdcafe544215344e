import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated } from '../../permissions/policy.decorator';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { PEOPLE_EXPORT } from './person-export';
import { CreatePersonDto, PersonExportQuery, PersonQuery, UpdatePersonDto } from './dto/person.dto';
import { PeopleService } from './people.service';
import { Returns, ReturnsPage } from '../../common/contract';
import { PersonResponse } from './dto/person.response';

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @Policy('read', 'Person')
  @ReturnsPage(PersonResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: PersonQuery) {
    return this.people.list(ctx, q);
  }

  @Get('export')
  @Policy('read', 'Person')
  @Reauthenticated()
  @ExportRoute(PEOPLE_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: PersonExportQuery) {
    return exportResponse(this.people.export(ctx, q));
  }

  @Get(':id')
  @Policy('read', 'Person')
  @Returns(PersonResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.people.get(ctx, id);
  }

  @Post()
  @Policy('create', 'Person')
  @Returns(PersonResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreatePersonDto) {
    return this.people.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'Person')
  @Returns(PersonResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdatePersonDto) {
    return this.people.update(ctx, id, dto);
  }

  @Post(':id/archive')
  @Policy('archive', 'Person')
  @Returns(PersonResponse)
  archive(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.people.setArchived(ctx, id, true);
  }

  @Post(':id/restore')
  @Policy('archive', 'Person')
  @Returns(PersonResponse)
  restore(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.people.setArchived(ctx, id, false);
  }
}
