import { ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { XlsxExportQuery } from '../../../common/exports/export-route';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCents, IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import { OneOf } from '../../../common/contract';
import { PageQuery } from '../../../common/pagination';
import { CURRENCIES, GRANT_STATUSES, INITIAL_STATUSES, type GrantStatus } from '../funding-types';
import { emptyToNull, UnlessAbsent } from './fields';

/** Exported so the Swagger plugin describes the fields CreateGrantDto and UpdateGrantDto inherit. */
export class GrantFields {
  @IsUUID()
  funderId: string;

  @RequiredText(200)
  title: string;

  @OptionalText(120)
  reference?: string | null;

  @IsCents()
  amountRequestedCents: number;

  /** More than requested is allowed (a funder may top up); a negative amount is not. */
  @IsOptional()
  @IsCents()
  amountGrantedCents?: number | null;

  @UnlessAbsent()
  @IsCents()
  ownFundsCents?: number;

  @UnlessAbsent()
  @OneOf(CURRENCIES, 'Currency')
  currency?: 'EUR';

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  startsOn?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  endsOn?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  applicationDeadline?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  agreementSignedOn?: string | null;

  @UnlessAbsent()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  workingGroupIds?: string[];

  @UnlessAbsent()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  strategyActionIds?: string[];

  @OptionalText(10000)
  notes?: string | null;

  /** Who signs the financial report's attestation, and as what (président·e, trésorier·e…). */
  @OptionalText(200)
  signatoryName?: string | null;

  @OptionalText(200)
  signatoryRole?: string | null;

  /** As the application words them: the activity report's draft starts from them. */
  @OptionalText(5000)
  objectives?: string | null;

  @OptionalText(5000)
  expectedResults?: string | null;
}

export class CreateGrantDto extends GrantFields {
  /** Where the grant starts its life here: usually a prospect, or an application already sent, or a past decision. */
  @UnlessAbsent()
  @OneOf(INITIAL_STATUSES, 'GrantInitialStatus')
  status?: (typeof INITIAL_STATUSES)[number];

  /** The day of that status (today when absent). */
  @UnlessAbsent()
  @IsDateOnly()
  statusOn?: string;
}

/** Every field but the status, which moves only through POST /grants/:id/status. */
export class UpdateGrantDto extends PartialType(GrantFields) {}

export class ChangeGrantStatusDto {
  @OneOf(GRANT_STATUSES, 'GrantStatus')
  status: GrantStatus;

  /** The day it happened (today when absent); never in the future, never before the previous change. */
  @UnlessAbsent()
  @IsDateOnly()
  on?: string;

  /** Required to grant, unless the grant already has it. */
  @UnlessAbsent()
  @IsCents()
  amountGrantedCents?: number;

  @OptionalText(500)
  note?: string | null;
}

export const GRANT_SORTS = [
  'title',
  'funderName',
  'status',
  'amountRequestedCents',
  'amountGrantedCents',
  'applicationDeadline',
  'startsOn',
  'statusChangedOn',
  'createdAt',
] as const;

export class GrantQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Search in title, reference and funder name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @OneOf(GRANT_STATUSES, 'GrantStatus')
  status?: GrantStatus;

  @IsOptional()
  @IsUUID()
  funderId?: string;

  @ApiPropertyOptional({ enum: GRANT_SORTS })
  @IsOptional()
  @IsIn(GRANT_SORTS)
  sort: (typeof GRANT_SORTS)[number] = 'statusChangedOn';
}

/** The list's filters and order, without its paging: the export writes every page. */
export class GrantExportQuery extends IntersectionType(OmitType(GrantQuery, ['page', 'pageSize']), XlsxExportQuery) {}
