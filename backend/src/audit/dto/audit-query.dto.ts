import { IntersectionType, OmitType } from '@nestjs/swagger';
import { CsvExportQuery } from '../../common/exports/export-route';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsDateOnly } from '../../common/decorators';
import { PageQuery } from '../../common/pagination';

export class AuditQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @IsOptional()
  @IsUUID()
  actorId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  action?: string;

  @IsOptional()
  @IsDateOnly()
  from?: string;

  @IsOptional()
  @IsDateOnly()
  to?: string;
}

/** The log's filters, without its paging: the export writes every page. */
export class AuditExportQuery extends IntersectionType(OmitType(AuditQuery, ['page', 'pageSize']), CsvExportQuery) {}
