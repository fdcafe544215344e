import { ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { CsvExportQuery, XlsxExportQuery } from '../../../common/exports/export-route';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { OneOf } from '../../../common/contract';
import { IsCents, IsDateOnly, OptionalText, RECENT_WINDOW, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import { RequiredRichText } from '../../../common/rich-text';
import { TIME_UNITS, type TimeUnit } from '../time-entry.entity';

const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CreateMissionDto {
  @IsUUID()
  contractorPersonId: string;

  @OptionalText(200)
  company?: string | null;

  @RequiredText(200)
  title: string;

  @RequiredRichText(100_000)
  jobDescription: string;

  @IsDateOnly()
  startsOn: string;

  @IsDateOnly()
  endsOn: string;

  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(31)
  daysPerMonth: number;

  @IsCents({ min: 1 })
  dailyRateCents: number;

  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(12)
  hoursPerDay?: number;

  // Grants and budget lines belong to the funding module: checked there once merged.
  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  grantId?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  budgetLineId?: string | null;
}

export class UpdateMissionDto extends PartialType(CreateMissionDto) {}

export class MissionQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsUUID()
  contractorPersonId?: string;

  /** Only the missions running today. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['startsOn', 'title', 'endsOn'])
  sort: 'startsOn' | 'title' | 'endsOn' = 'startsOn';
}

/** The list's filters and order, without its paging: the export writes every page. */
export class MissionExportQuery extends IntersectionType(
  OmitType(MissionQuery, ['page', 'pageSize']),
  CsvExportQuery,
) {}

export class CreateTimeEntryDto {
  @IsDateOnly(RECENT_WINDOW)
  workedOn: string;

  @OneOf(TIME_UNITS, 'TimeUnit')
  unit: TimeUnit;

  /** In quarters (0.25): at most one day, or 12 hours, per entry. */
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.25)
  @Max(12)
  quantity: number;

  @RequiredText(2000)
  description: string;
}

export class UpdateTimeEntryDto extends PartialType(CreateTimeEntryDto) {}

export class TimeEntryQuery extends PageQuery {
  /** A month, `YYYY-MM`. */
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month?: string;

  @ApiPropertyOptional({ type: Number })
  pageSize = 100;

  @ApiPropertyOptional()
  order: 'asc' | 'desc' = 'desc';
}

/** The time sheet's month and order, without its paging: the export writes every page. */
export class TimeEntryExportQuery extends IntersectionType(
  OmitType(TimeEntryQuery, ['page', 'pageSize']),
  XlsxExportQuery,
) {}
