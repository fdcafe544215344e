import { XlsxExportQuery } from '../../../common/exports/export-route';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { EnumOf, OneOf } from '../../../common/contract';
import { IsCents, IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import { CONTRIBUTION_TYPES, type ContributionType } from '../../contributions/contribution-totals.service';
import { FULL_BP, SPLIT_RULES, type SplitRule } from '../engine';
import { SPLIT_STATUSES, type SplitStatus } from '../split.entity';

/** Enough for a network of a few hundred organisations, with room to spare. */
const MAX_PARTICIPANTS = 2000;

export class SetAsideDto {
  @RequiredText(200)
  label: string;

  @IsCents()
  amountCents: number;
}

export class TypeWeightDto {
  @OneOf(CONTRIBUTION_TYPES, 'ContributionType')
  type: ContributionType;

  /** 10 000 = counted at its value; 5 000 = at half. */
  @IsInt()
  @Min(0)
  @Max(100 * FULL_BP)
  weightBp: number;
}

export class SplitParticipantDto {
  @IsUUID()
  organisationId: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(FULL_BP)
  shareBp?: number | null;

  @IsOptional()
  @IsCents()
  amountCents?: number | null;

  @IsOptional()
  @IsCents()
  floorCents?: number | null;

  @IsOptional()
  @IsCents()
  capCents?: number | null;
}

export class SplitSourceDto {
  @IsUUID()
  grantId: string;

  @IsCents({ min: 1 })
  amountCents: number;
}

/** Everything the result depends on: what simulate takes, and what a draft stores. */
export class SplitParametersDto {
  @OneOf(SPLIT_RULES, 'SplitRule')
  rule: SplitRule;

  @IsCents({ min: 1 })
  totalCents: number;

  @IsOptional()
  @IsCents()
  baseCents?: number | null;

  @IsOptional()
  @IsDateOnly()
  periodFrom?: string | null;

  @IsOptional()
  @IsDateOnly()
  periodTo?: string | null;

  /**
   * Proportional rules: the contribution types counted, each with its weight; absent or null = every type at its value.
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TypeWeightDto)
  typeWeights?: TypeWeightDto[] | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SetAsideDto)
  setAsides?: SetAsideDto[];

  @IsArray()
  @ArrayMaxSize(MAX_PARTICIPANTS)
  @ValidateNested({ each: true })
  @Type(() => SplitParticipantDto)
  participants: SplitParticipantDto[];

  /** The grants the money comes from, and how much of each; their sum is the total. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SplitSourceDto)
  sources?: SplitSourceDto[];
}

export class SaveSplitDto extends SplitParametersDto {
  @RequiredText(200)
  title: string;

  @OptionalText(5000)
  notes?: string | null;
}

export class ApproveSplitDto {
  /** The COPIL decision that adopted the split, if any. */
  @IsOptional()
  @IsUUID()
  copilDecisionId?: string | null;

  /** The fingerprint of the result the approver looked at: if the result has changed since, approval is refused. */
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/)
  fingerprint?: string;
}

export class RecordPaymentDto {
  @IsUUID()
  organisationId: string;

  @IsCents({ min: 1 })
  amountCents: number;

  @IsDateOnly()
  paidOn: string;

  @RequiredText(120)
  reference: string;

  @OptionalText(1000)
  note?: string | null;
}

export class ReversePaymentDto {
  @RequiredText(1000)
  reason: string;

  @IsOptional()
  @IsDateOnly()
  reversedOn?: string;
}

const SPLIT_SORTS = ['createdAt', 'title', 'totalCents', 'approvedAt'] as const;

export class SplitQuery extends PageQuery {
  @IsOptional()
  @IsIn(SPLIT_STATUSES)
  @EnumOf(SPLIT_STATUSES, 'SplitStatus', { required: false })
  status?: SplitStatus;

  @ApiPropertyOptional({ description: 'Only the splits this organisation has a share in' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: SPLIT_SORTS, enumName: 'SplitSort' })
  @IsOptional()
  @IsIn(SPLIT_SORTS)
  sort: (typeof SPLIT_SORTS)[number] = 'createdAt';

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  override order: 'asc' | 'desc' = 'desc';
}

export class LedgerQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  splitId?: string;

  @IsOptional()
  @IsUUID()
  organisationId?: string;

  /** Newest first unless asked otherwise. */
  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  override order: 'asc' | 'desc' = 'desc';
}

/** The payments export's filters: one split, one organisation, or all the reader may read; csv or xlsx. */
export class SplitPaymentExportQuery extends XlsxExportQuery {
  @IsOptional()
  @IsUUID()
  splitId?: string;

  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
