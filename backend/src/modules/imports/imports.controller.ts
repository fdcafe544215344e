import { Body, Controller, Get, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Returns } from '../../common/contract';
import { msg } from '../../common/error-catalogue';
import { ValidationFailed } from '../../common/errors';
import { IdParam } from '../../common/id-param';
import { Ctx, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { ImportMappingDto, MAX_FILE_BYTES, UploadImportDto, UploadImportFileDto } from './dto/import.dto';
import { ImportJobResponse, ImportProgressResponse, ImportRunResponse } from './dto/import.response';
import { ImportError } from './imports.errors';
import { ImportsService } from './imports.service';

/** Upload a file, dry-run it with a mapping (as many times as needed), commit it; the kind's rule is checked inside. */
@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** The file is the multipart body's `file` part, streamed into storage as it arrives (never whole in memory). */
  @Post()
  @Policy('create', 'Import')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadImportFileDto })
  @Returns(ImportJobResponse, 201)
  async upload(@Ctx() ctx: SignedInContext, @Query() dto: UploadImportDto, @Req() req: FastifyRequest) {
    const part = req.isMultipart() ? await req.file({ limits: { files: 1, fileSize: MAX_FILE_BYTES + 1 } }) : undefined;
    if (!part) throw ValidationFailed.field('file', ImportError.EmptyFile);
    try {
      return await this.imports.upload(ctx, dto, part.filename || 'import', part.file);
    } catch (e) {
      if (e instanceof Error && 'code' in e && e.code === 'FST_REQ_FILE_TOO_LARGE')
        throw ValidationFailed.field('file', msg(ImportError.FileTooLarge, { max: MAX_FILE_BYTES / 2 ** 20 }));
      throw e;
    }
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
