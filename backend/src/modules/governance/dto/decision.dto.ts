import { Transform } from 'class-transformer';
import { ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { CsvExportQuery } from '../../../common/exports/export-route';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { OneOf } from '../../../common/contract';
import { IsDateOnly, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import { DECISION_VISIBILITIES, type DecisionVisibility } from '../../../permissions/ability';
import { DECISION_METHODS, DECISION_OUTCOMES, type DecisionMethod, type DecisionOutcome } from '../decision.entity';
import { HttpUrl } from './meeting.dto';

const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

/** A decision to record, or an amendment of one (same fields). */
export class CreateDecisionDto {
  @RequiredText(200)
  title: string;

  @RequiredText(20_000)
  proposal: string;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  proposedByPersonId?: string | null;

  /** The meeting where it was taken; none for a decision taken online. */
  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  meetingId?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @HttpUrl()
  @MaxLength(500)
  onlineLink?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  workingGroupId?: string | null;

  @OneOf(DECISION_METHODS, 'DecisionMethod')
  method: DecisionMethod;

  /** The three counts are required for a vote, and refused otherwise. */
  @IsOptional()
  @IsInt()
  @Min(0)
  votesFor?: number | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  votesAgainst?: number | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  votesAbstain?: number | null;

  @OneOf(DECISION_OUTCOMES, 'DecisionOutcome')
  outcome: DecisionOutcome;

  @IsDateOnly()
  decidedOn: string;

  /**
   * `public`: every signed-in person reads it, volunteers and contractors included; `copil` (the default): not them.
   */
  @IsOptional()
  @OneOf(DECISION_VISIBILITIES, 'DecisionVisibility')
  visibility?: DecisionVisibility;
}

export class DecisionQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsDateOnly()
  from?: string;

  @IsOptional()
  @IsDateOnly()
  to?: string;

  @IsOptional()
  @IsUUID()
  meetingId?: string;

  @IsOptional()
  @IsUUID()
  workingGroupId?: string;

  @IsOptional()
  @OneOf(DECISION_OUTCOMES, 'DecisionOutcome')
  outcome?: DecisionOutcome;

  @IsOptional()
  @OneOf(DECISION_METHODS, 'DecisionMethod')
  method?: DecisionMethod;

  @IsOptional()
  @OneOf(DECISION_VISIBILITIES, 'DecisionVisibility')
  visibility?: DecisionVisibility;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['decidedOn', 'number', 'title'])
  sort: 'decidedOn' | 'number' | 'title' = 'decidedOn';

  @ApiPropertyOptional()
  order: 'asc' | 'desc' = 'desc';
}

/** The list's filters and order, without its paging: the export writes every page. */
export class DecisionExportQuery extends IntersectionType(
  OmitType(DecisionQuery, ['page', 'pageSize']),
  CsvExportQuery,
) {}
