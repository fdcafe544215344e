import { ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import { CsvExportQuery } from '../../../common/exports/export-route';
import { PageQuery } from '../../../common/pagination';
import {
  FEED_HEALTHS,
  FEED_KINDS,
  ONBOARDING_STEPS,
  SOURCE_DATA_KINDS,
  type FeedHealth,
  type FeedKind,
  type OnboardingStep,
  type SourceDataKind,
} from '../source.entity';

const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

export class CreateSourceDto {
  @RequiredText(200)
  name: string;

  /** The member organisation that keeps the data; or `partnerName` for a partner still being approached. */
  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  organisationId?: string | null;

  @OptionalText(200)
  partnerName?: string | null;

  @IsIn(SOURCE_DATA_KINDS)
  dataKind: SourceDataKind;

  @OptionalText(120)
  licence?: string | null;

  @IsIn(FEED_KINDS)
  feedKind: FeedKind;

  /** The public feed: a Gogocarto instance's `/api/elements.json`, a CSV or JSON file, a semantic-bus endpoint. */
  @IsOptional()
  @Transform(emptyToNull)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(500)
  feedUrl?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  groupId?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  referentPersonId?: string | null;

  @OptionalText(2000)
  contacts?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  nextStepOwnerId?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  nextStepDueOn?: string | null;
}

/** The step moves through its own route (dated, kept in the history); everything else is editable. */
export class UpdateSourceDto extends PartialType(CreateSourceDto) {}

export class MoveStepDto {
  @IsIn(ONBOARDING_STEPS)
  step: OnboardingStep;

  /** The day it was reached (default: today, in Paris). */
  @IsOptional()
  @IsDateOnly()
  reachedOn?: string;

  @OptionalText(500)
  note?: string | null;

  /** Who takes the next step, and by when (both optional; left unset, they are cleared). */
  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  nextStepOwnerId?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  nextStepDueOn?: string | null;
}

export class SourceFilters {
  @ApiPropertyOptional({ description: 'Search in name, partner and organisation' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(ONBOARDING_STEPS)
  step?: OnboardingStep;

  @IsOptional()
  @IsIn(FEED_HEALTHS)
  health?: FeedHealth;

  @IsOptional()
  @IsIn(SOURCE_DATA_KINDS)
  dataKind?: SourceDataKind;

  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsUUID()
  groupId?: string;
}

export class SourceQuery extends IntersectionType(PageQuery, SourceFilters) {}

export class SourceExportQuery extends IntersectionType(SourceFilters, CsvExportQuery) {}
