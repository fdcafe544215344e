import { ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBase64,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { EnumOf, OneOf } from '../../../common/contract';
import { IsCents, IsDateOnly, IsQuantity, OptionalText, RECENT_WINDOW, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import {
  CONTRIBUTION_STATUSES,
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type ContributionStatus,
  type ContributionType,
  type ContributionUnit,
} from '../contribution-types';
import { XlsxExportQuery } from '../../../common/exports/export-route';

const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

export class CreateContributionDto {
  /** Absent or null: given by a person in their own name. */
  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  organisationId?: string | null;

  /** Who gave it; the account that types it in is recorded apart. */
  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  personId?: string | null;

  @OneOf(CONTRIBUTION_TYPES, 'ContributionType')
  type: ContributionType;

  @OneOf(CONTRIBUTION_UNITS, 'ContributionUnit')
  unit: ContributionUnit;

  @IsDateOnly(RECENT_WINDOW)
  startsOn: string;

  /** Last day of the period; the first day when absent. */
  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly(RECENT_WINDOW)
  endsOn?: string | null;

  @IsQuantity()
  quantity: number;

  /** A justified value in cents, instead of quantity × rate. */
  @IsOptional()
  @Transform(emptyToNull)
  @IsCents()
  amountCents?: number | null;

  @RequiredText(2000)
  description: string;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  workingGroupId?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  grantId?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  evidenceUrl?: string | null;
}

export class UpdateContributionDto extends PartialType(CreateContributionDto) {}

/** A coordinator's change to a validated contribution: why, for the audit log. */
export class CorrectContributionDto extends PartialType(CreateContributionDto) {
  @RequiredText(500)
  reason: string;
}

export const REVIEW_DECISIONS = ['validate', 'reject'] as const;

export class ReviewContributionsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids: string[];

  @OneOf(REVIEW_DECISIONS, 'ReviewDecision')
  decision: 'validate' | 'reject';

  /** Required to reject: the author sees it. */
  @OptionalText(1000)
  reason?: string | null;
}

export const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
/** 2 MiB of file, i.e. under 3 MiB of base64 in the JSON body. */
export const EVIDENCE_MAX_BYTES = 2 * 1024 * 1024;

export class EvidenceDto {
  @RequiredText(200)
  fileName: string;

  @OneOf(EVIDENCE_TYPES, 'EvidenceContentType')
  contentType: (typeof EVIDENCE_TYPES)[number];

  /** The file's bytes in base64: the API speaks JSON only. */
  @IsBase64()
  @MaxLength(Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4)
  data: string;
}

/** Filters shared by the list, the totals and the CSV export. */
export class ContributionFilterQuery {
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsUUID()
  personId?: string;

  @IsOptional()
  @IsIn(CONTRIBUTION_TYPES)
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType', { required: false })
  type?: ContributionType;

  @IsOptional()
  @IsIn(CONTRIBUTION_STATUSES)
  @EnumOf(CONTRIBUTION_STATUSES, 'ContributionStatus', { required: false })
  status?: ContributionStatus;

  @ApiPropertyOptional({ description: 'First day of the period (YYYY-MM-DD), on the contribution’s start day' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @IsOptional()
  @IsDateOnly()
  to?: string;

  @IsOptional()
  @IsUUID()
  workingGroupId?: string;

  @IsOptional()
  @IsUUID()
  grantId?: string;
}

/** The export: the list's filters, CSV or xlsx (its order is the keyset's: by day, then id). */
export class ContributionExportQuery extends IntersectionType(ContributionFilterQuery, XlsxExportQuery) {}

export const CONTRIBUTION_SORTS = ['startsOn', 'valueCents', 'createdAt', 'status', 'type'] as const;

export class ContributionQuery extends IntersectionType(PageQuery, ContributionFilterQuery) {
  @ApiPropertyOptional({ enum: CONTRIBUTION_SORTS, enumName: 'ContributionSort' })
  @IsOptional()
  @IsIn(CONTRIBUTION_SORTS)
  sort: (typeof CONTRIBUTION_SORTS)[number] = 'startsOn';

  /** Newest first unless asked otherwise. */
  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  override order: 'asc' | 'desc' = 'desc';
}

export const TOTAL_DIMENSIONS = ['organisation', 'type', 'unit', 'workingGroup', 'grant', 'status', 'period'] as const;
export type TotalDimension = (typeof TOTAL_DIMENSIONS)[number];
export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : value;

export class ContributionTotalsQuery extends ContributionFilterQuery {
  @ApiPropertyOptional({
    enum: TOTAL_DIMENSIONS,
    enumName: 'TotalDimension',
    isArray: true,
    description: 'Repeated, or comma-separated: at most 4',
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(TOTAL_DIMENSIONS, { each: true })
  groupBy: TotalDimension[] = [];

  @ApiPropertyOptional({ enum: PERIODS, enumName: 'TotalPeriod' })
  @IsOptional()
  @IsIn(PERIODS)
  period: Period = 'month';
}

export class StatementQuery {
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  /** Absent: the whole network's statement. */
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class SubmitContributionsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids: string[];
}
