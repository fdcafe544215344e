import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';

/** The report's period; the grant's own period when not given. */
export class ActivityPeriodQuery {
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class ActivitySectionInput {
  @RequiredText(200)
  title: string;

  /** Plain text: paragraphs, and lines starting "- " as a list. */
  @OptionalText(20_000)
  body?: string | null;
}

/** The report as edited, for the period given (it replaces what was saved for that period). */
export class SaveActivityReportDto extends ActivityPeriodQuery {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ActivitySectionInput)
  sections: ActivitySectionInput[];
}
