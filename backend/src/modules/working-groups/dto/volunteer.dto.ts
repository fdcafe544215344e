import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OneOf } from '../../../common/contract';
import { IsDateOnly, OptionalText, RECENT_WINDOW } from '../../../common/decorators';
import { PIPELINE_STAGES, type PipelineStage } from '../group-volunteer.entity';
import { HEARD_FROM, WEEK_DAYS, type HeardFrom, type WeekDay } from '../volunteer-profile.entity';

/**
 * Trimmed, without empty entries or duplicates (case-insensitive, the first spelling kept): skills are typed freely.
 */
export const cleanList = ({ value }: { value: unknown }) => {
  if (!Array.isArray(value)) return value;
  const seen = new Set<unknown>();
  return (value as unknown[])
    .map((v) => (typeof v === 'string' ? v.trim() : v))
    .filter((v) => {
      const key = typeof v === 'string' ? v.toLowerCase() : v;
      if (v === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};

/** The fields a volunteer offers; shared by the public form and the profile. */
export class VolunteerOfferDto {
  @IsOptional()
  @Transform(cleanList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  skills?: string[];

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  hoursPerMonth?: number | null;

  @IsOptional()
  @Transform(cleanList)
  @IsArray()
  @OneOf(WEEK_DAYS, 'WeekDay', { isArray: true })
  availableDays?: WeekDay[];

  @OptionalText(120)
  territory?: string | null;

  @IsOptional()
  @OneOf(HEARD_FROM, 'HeardFrom')
  heardFrom?: HeardFrom | null;

  @OptionalText(200)
  heardFromDetail?: string | null;
}

export class UpdateVolunteerProfileDto extends VolunteerOfferDto {}

export class AddVolunteerDto {
  @IsUUID()
  personId: string;

  @OptionalText(2000)
  message?: string | null;
}

export class MoveVolunteerDto {
  @OneOf(PIPELINE_STAGES, 'PipelineStage')
  stage: PipelineStage;

  /** Only when moving to "welcomed": sends the volunteer the group's links. */
  @IsOptional()
  @IsBoolean()
  sendWelcomeEmail?: boolean;

  @OptionalText(500)
  note?: string | null;
}

export const TIME_UNITS = ['hours', 'days'] as const;

/** Volunteer time given to a group, recorded as a working-time contribution of the volunteer's organisation. */
export class LogVolunteerTimeDto {
  @IsUUID()
  groupId: string;

  /** Needed only when the volunteer belongs to several organisations. */
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsDateOnly(RECENT_WINDOW)
  periodStart: string;

  @IsDateOnly(RECENT_WINDOW)
  periodEnd: string;

  @Type(() => Number)
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0.25)
  @Max(10000)
  quantity: number;

  @OneOf(TIME_UNITS, 'VolunteerTimeUnit')
  unit: (typeof TIME_UNITS)[number];

  @OptionalText(2000)
  description?: string | null;
}
