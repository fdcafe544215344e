import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsNumberString,
  IsOptional,
  IsUUID,
} from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/decorators';
import { OneOf } from '../../../common/contract';
import { PageQuery } from '../../../common/pagination';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../delivery.entity';
import { ISSUE_STATUSES, type IssueStatus } from '../newsletter-issue.entity';
import { SUBSCRIBER_LOCALES } from '../subscriber.entity';
import { BlocksField, type AnyBlockDto } from './blocks.dto';

/** What the preview needs: the content of an issue, saved or not. */
export class IssueContentDto {
  @RequiredText(200)
  title: string;

  @OptionalText(200)
  preheader?: string | null;

  @IsOptional()
  @OneOf(SUBSCRIBER_LOCALES, 'Locale')
  locale?: 'fr' | 'en';

  @BlocksField()
  blocks: AnyBlockDto[];
}

export class CreateIssueDto extends IssueContentDto {
  @IsOptional()
  @IsISO8601({ strict: true })
  sendAt?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  listIds?: string[];

  @IsOptional()
  @IsBoolean()
  countOpens?: boolean;
}

export class UpdateIssueDto extends PartialType(CreateIssueDto) {}

export class IssueQuery extends PageQuery {
  @IsOptional()
  @OneOf(ISSUE_STATUSES, 'IssueStatus')
  status?: IssueStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['number', 'sendAt', 'updatedAt'])
  sort: 'number' | 'sendAt' | 'updatedAt' = 'number';

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'desc';
}

export class ScheduleDto {
  @IsISO8601({ strict: true })
  sendAt: string;
}

export class TestSendDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? (value as unknown[]).map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v))
      : value,
  )
  @IsEmail({}, { each: true })
  emails: string[];
}

export class DeliveryQuery extends PageQuery {
  @IsOptional()
  @OneOf(DELIVERY_STATUSES, 'DeliveryStatus')
  status?: DeliveryStatus;

  /** Part of the email address, first or last name. */
  @OptionalText(100)
  q?: string;
}

/** The deliveries a team may send again: those that did not arrive, or may not have. */
export const RESENDABLE_STATUSES = ['failed', 'uncertain'] as const;
export type ResendableStatus = (typeof RESENDABLE_STATUSES)[number];

/** Either chosen rows, or every row of one status ("all failed"); rows in other states are left alone. */
export class ResendDto {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsNumberString({ no_symbols: true }, { each: true })
  deliveryIds?: string[];

  @IsOptional()
  @OneOf(RESENDABLE_STATUSES, 'ResendableStatus')
  status?: ResendableStatus;
}
