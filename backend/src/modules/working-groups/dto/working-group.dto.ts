import { ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OneOf } from '../../../common/contract';
import { CsvExportQuery } from '../../../common/exports/export-route';
import { OptionalText, QueryFlag, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import { GROUP_STATUSES, type GroupStatus } from '../working-group.entity';

const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CreateWorkingGroupDto {
  @RequiredText(120)
  name: string;

  @OptionalText(5000)
  mission?: string | null;

  @IsOptional()
  @OneOf(GROUP_STATUSES, 'GroupStatus')
  status?: GroupStatus;

  @IsOptional()
  @Transform(emptyToNull)
  @IsEmail()
  @MaxLength(254)
  mailingList?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(300)
  chatChannel?: string | null;

  @OptionalText(200)
  meetingRhythm?: string | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  welcomeWithinDays?: number;

  /** Ids of strategy actions (#7); not checked against them until that module is merged. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  strategyActionIds?: string[];
}

export class UpdateWorkingGroupDto extends PartialType(CreateWorkingGroupDto) {}

export class WorkingGroupQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @OneOf(GROUP_STATUSES, 'GroupStatus')
  status?: GroupStatus;

  /** Only the groups missing a referent, a facilitator or a welcome person. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  withGaps?: boolean;

  /** Only the groups with a newcomer waiting longer than the group's welcome delay. */
  @QueryFlag()
  lateWelcome?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['name', 'status', 'createdAt'])
  sort: 'name' | 'status' | 'createdAt' = 'name';
}

/** The list's filters and order, without its paging: the export writes every page. */
export class WorkingGroupExportQuery extends IntersectionType(
  OmitType(WorkingGroupQuery, ['page', 'pageSize']),
  CsvExportQuery,
) {}
