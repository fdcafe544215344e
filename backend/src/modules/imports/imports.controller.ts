import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { LargeBody } from '../../common/decorators';
import { IdParam } from '../../common/id-param';
import { Ctx, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { ImportMappingDto, MAX_FILE_BYTES, UploadImportDto } from './dto/import.dto';
import { ImportJobResponse, ImportProgressResponse, ImportRunResponse } from './dto/import.response';
import { ImportsService } from './imports.service';

/** Upload a file, dry-run it with a mapping (as many times as needed), commit it; the kind's rule is checked inside. */
@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @Policy('create', 'Import')
  @LargeBody(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 64 * 1024)
  @Returns(ImportJobResponse, 201)
  upload(@Ctx() ctx: SignedInContext, @Body() dto: UploadImportDto) {
    return this.imports.upload(ctx, dto);
  }

  @Get(':id')
  @Policy('create', 'Import')
  @Returns(ImportJobResponse)
  get(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.imports.get(ctx, id);
  }

  @Get(':id/progress')
  @Policy('create', 'Import')
  @Returns(ImportProgressResponse)
  progress(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.imports.progress(ctx, id);
  }

  @Post(':id/dry-run')
  @Policy('create', 'Import')
  @Returns(ImportRunResponse)
  dryRun(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: ImportMappingDto) {
    return this.imports.dryRun(ctx, id, dto);
  }

  @Post(':id/commit')
  @Policy('create', 'Import')
  @Returns(ImportRunResponse)
  commit(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: ImportMappingDto) {
    return this.imports.commit(ctx, id, dto);
  }
}
