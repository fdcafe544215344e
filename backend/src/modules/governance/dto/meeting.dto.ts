import { ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { OneOf } from '../../../common/contract';
import { IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import { CsvExportQuery } from '../../../common/exports/export-route';
import { OptionalRichText } from '../../../common/rich-text';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../meeting-attendee.entity';
import { MEETING_KINDS, type MeetingKind } from '../meeting.entity';

const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A moment with its offset (`2026-03-12T18:30:00+01:00` or `…Z`): a time without a zone would be ambiguous. */
export const IsInstant = () =>
  ValidateBy({
    name: 'isIso8601',
    validator: { validate: (v: unknown) => typeof v === 'string' && INSTANT.test(v) && !Number.isNaN(Date.parse(v)) },
  });

export const HttpUrl = () => IsUrl({ protocols: ['http', 'https'], require_protocol: true });

export class AgendaItemInput {
  @RequiredText(300)
  title: string;

  @OptionalText(5000)
  details?: string | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes?: number | null;
}

export class AttendeeInput {
  @IsUUID()
  personId: string;

  /** The organisation the person represents at this meeting: one of theirs. */
  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  organisationId?: string | null;

  @IsOptional()
  @OneOf(ATTENDANCE_STATUSES, 'AttendanceStatus')
  status?: AttendanceStatus;
}

export class DocumentInput {
  @RequiredText(200)
  label: string;

  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @HttpUrl()
  @MaxLength(500)
  url: string;
}

export class CreateMeetingDto {
  @OneOf(MEETING_KINDS, 'MeetingKind')
  kind: MeetingKind;

  @RequiredText(200)
  title: string;

  @IsInstant()
  startsAt: string;

  @IsInstant()
  endsAt: string;

  @OptionalText(300)
  place?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @HttpUrl()
  @MaxLength(500)
  videoLink?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  workingGroupId?: string | null;

  @OptionalRichText(200_000)
  minutes?: string | null;

  /** In order; on update, replaces the whole agenda. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda?: AgendaItemInput[];

  /** On update, replaces the whole list (statuses included). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => AttendeeInput)
  attendees?: AttendeeInput[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => DocumentInput)
  documents?: DocumentInput[];
}

export class UpdateMeetingDto extends PartialType(CreateMeetingDto) {}

export class MeetingQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @OneOf(MEETING_KINDS, 'MeetingKind')
  kind?: MeetingKind;

  @IsOptional()
  @IsDateOnly()
  from?: string;

  @IsOptional()
  @IsDateOnly()
  to?: string;

  /** Upcoming (not ended yet) or past meetings. */
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['startsAt', 'title', 'kind'])
  sort: 'startsAt' | 'title' | 'kind' = 'startsAt';
}

/** The list's filters and order, without its paging: the export writes every page. */
export class MeetingExportQuery extends IntersectionType(
  OmitType(MeetingQuery, ['page', 'pageSize']),
  CsvExportQuery,
) {}
