import { IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { CsvExportQuery } from '../../../common/exports/export-route';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../membership.entity';

export class MembershipInput {
  @IsUUID()
  organisationId: string;

  @IsIn(MEMBERSHIP_ROLES)
  role: MembershipRole;
}

export class CreatePersonDto {
  @RequiredText(100)
  firstName: string;

  @RequiredText(100)
  lastName: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() || null : value,
  )
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @OptionalText(40)
  phone?: string | null;

  @OptionalText(5000)
  notes?: string | null;

  /** The organisations the person belongs to; on update, replaces the whole set. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MembershipInput)
  memberships?: MembershipInput[];
}

export class UpdatePersonDto extends PartialType(CreatePersonDto) {}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class PersonQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  hasAccount?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  includeArchived?: boolean;

  @IsOptional()
  @IsIn(['lastName', 'firstName', 'email', 'createdAt'])
  sort: 'lastName' | 'firstName' | 'email' | 'createdAt' = 'lastName';
}

/** The list's filters and order, without its paging: the export writes every page. */
export class PersonExportQuery extends IntersectionType(OmitType(PersonQuery, ['page', 'pageSize']), CsvExportQuery) {}
