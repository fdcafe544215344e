import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { OneOf } from '../../../common/contract';
import { OptionalText, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import { IsInstant } from '../../governance/dto/meeting.dto';
import { AUDIENCES, type Audience } from '../kit.entity';
import { EVENT_KINDS, EVENT_MODES, type EventKind, type EventMode } from '../training-event.entity';

const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

export class CreateEventDto {
  @RequiredText(200)
  title: string;

  @OneOf(EVENT_KINDS, 'EventKind')
  kind: EventKind;

  @OneOf(EVENT_MODES, 'EventMode')
  mode: EventMode;

  @OneOf(AUDIENCES, 'Audience')
  audience: Audience;

  /** With its offset (`2027-01-14T18:30:00+01:00`): shown in Paris time. */
  @IsInstant()
  startsAt: string;

  @IsInstant()
  endsAt: string;

  @OptionalText(300)
  place?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  videoLink?: string | null;

  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity: number;

  @OptionalText(200)
  trainer?: string | null;

  @OptionalText(4000)
  description?: string | null;

  @IsUUID()
  groupId: string;

  @IsOptional()
  @IsBoolean()
  registrationOpen?: boolean;
}

export class UpdateEventDto extends PartialType(CreateEventDto) {}

export class EventQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EVENT_KINDS, enumName: 'EventKind' })
  @IsOptional()
  @OneOf(EVENT_KINDS, 'EventKind')
  kind?: EventKind;
}

/** What who manages the event records of a registration: attendance, and the source the person came for. */
export class UpdateRegistrationDto {
  @IsOptional()
  @IsBoolean()
  attended?: boolean | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  sourceId?: string | null;
}

/** Whose trainings: a person's or a source's (one of the two). */
export class AttendanceQuery {
  @IsOptional()
  @IsUUID()
  personId?: string;

  @IsOptional()
  @IsUUID()
  sourceId?: string;
}
