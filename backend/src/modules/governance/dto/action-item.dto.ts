import { ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OneOf } from '../../../common/contract';
import { IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import { CsvExportQuery } from '../../../common/exports/export-route';
import { ACTION_STATUSES, type ActionStatus } from '../action-item.entity';

const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CreateActionItemDto {
  @RequiredText(300)
  title: string;

  @OptionalText(5000)
  details?: string | null;

  /** The owner: a person or a working group, one of the two. */
  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  ownerPersonId?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  ownerGroupId?: string | null;

  @IsDateOnly()
  dueOn: string;

  @IsOptional()
  @OneOf(ACTION_STATUSES, 'ActionStatus')
  status?: ActionStatus;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  meetingId?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  decisionId?: string | null;
}

export class UpdateActionItemDto extends PartialType(CreateActionItemDto) {}

export class ActionItemQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @OneOf(ACTION_STATUSES, 'ActionStatus')
  status?: ActionStatus;

  /** Only the pending ones (open, in progress) or only the finished ones. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  pending?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  overdue?: boolean;

  @IsOptional()
  @IsUUID()
  ownerPersonId?: string;

  @IsOptional()
  @IsUUID()
  ownerGroupId?: string;

  @IsOptional()
  @IsUUID()
  meetingId?: string;

  @IsOptional()
  @IsUUID()
  decisionId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['dueOn', 'createdAt', 'title', 'status'])
  sort: 'dueOn' | 'createdAt' | 'title' | 'status' = 'dueOn';
}

/** The list's filters and order, without its paging: the export writes every page. */
export class ActionItemExportQuery extends IntersectionType(
  OmitType(ActionItemQuery, ['page', 'pageSize']),
  CsvExportQuery,
) {}
