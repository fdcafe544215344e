import { ApiPropertyOptional, IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { CsvExportQuery } from '../../../common/exports/export-route';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/decorators';
import { OneOf } from '../../../common/contract';
import { PageQuery } from '../../../common/pagination';
import { SUBSCRIBER_LOCALES, SUBSCRIBER_STATUSES, type SubscriberStatus } from '../subscriber.entity';

const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class SubscriberQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Search in email and names' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsUUID()
  listId?: string;

  @IsOptional()
  @OneOf(SUBSCRIBER_STATUSES, 'SubscriberStatus')
  status?: SubscriberStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['email', 'lastName', 'status', 'createdAt'])
  sort: 'email' | 'lastName' | 'status' | 'createdAt' = 'email';
}

/** The list's filters and order, without its paging: the export writes every page. */
export class SubscriberExportQuery extends IntersectionType(
  OmitType(SubscriberQuery, ['page', 'pageSize']),
  CsvExportQuery,
) {}

/**
 * Added by the communication team: the consent was given elsewhere (a paper form, an event), and is recorded as such.
 */
export class CreateSubscriberDto {
  @Transform(lowerTrim)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @OptionalText(100)
  firstName?: string | null;

  @OptionalText(100)
  lastName?: string | null;

  @IsOptional()
  @OneOf(SUBSCRIBER_LOCALES, 'Locale')
  locale?: 'fr' | 'en';

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  listIds: string[];

  /** Where and how the person agreed ("Fiche papier, Transiscothon de Lyon, 14 mars 2026"). */
  @RequiredText(500)
  consentSource: string;
}

export class UpdateSubscriberDto extends PartialType(
  PickType(CreateSubscriberDto, ['firstName', 'lastName', 'locale', 'listIds'] as const),
) {
  /** Staff may only record what a mail server told them: a bounce or a spam complaint. */
  @IsOptional()
  @OneOf(['bounced', 'complained'], 'SubscriberStaffStatus')
  status?: 'bounced' | 'complained';
}

export class UnsubscribeAllDto {
  @IsOptional()
  @IsBoolean()
  allLists?: boolean;
}

export class ConfirmDto {
  @IsString()
  @MaxLength(200)
  token: string;
}

export class SubscribeDto {
  @Transform(lowerTrim)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @OptionalText(100)
  firstName?: string | null;

  @OptionalText(100)
  lastName?: string | null;

  @OneOf(SUBSCRIBER_LOCALES, 'Locale')
  locale: 'fr' | 'en';

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  listIds: string[];

  /** The version of the consent text the form showed (GET /newsletters/public/lists gives it). */
  @IsString()
  @MaxLength(40)
  consentTextVersion: string;

  /** The page the form was on. */
  @IsString()
  @MaxLength(500)
  sourcePage: string;

  /** A field people never see: bots fill it. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  website?: string;
}
