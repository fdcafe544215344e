import { ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { CsvExportQuery } from '../../../common/exports/export-route';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import {
  MEMBERSHIP_STATUSES,
  ORGANISATION_KINDS,
  type MembershipStatus,
  type OrganisationKind,
} from '../organisation.entity';

const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

export class CreateOrganisationDto {
  @RequiredText(200)
  name: string;

  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @IsIn(MEMBERSHIP_STATUSES)
  membershipStatus: MembershipStatus;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  candidateSince?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  memberSince?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  formerSince?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  charterSignedOn?: string | null;

  @IsOptional()
  @IsBoolean()
  hasCopilSeat?: boolean;

  @OptionalText(120)
  territory?: string | null;

  /** Nine digits (INSEE's company register), unique in the network: imports match organisations on it. */
  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^\d{9}$/)
  siren?: string | null;

  /** The associations' register: W and nine digits, unique in the network. */
  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^W\d{9}$/)
  rna?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^\d{5}$/)
  postcode?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(300)
  website?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @OptionalText(40)
  contactPhone?: string | null;

  @OptionalText(5000)
  description?: string | null;
}

/** Same fields, all optional. */
export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class OrganisationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Search in name, territory and description' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @IsOptional()
  @IsIn(MEMBERSHIP_STATUSES)
  membershipStatus?: MembershipStatus;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  territory?: string;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  includeArchived?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['name', 'kind', 'membershipStatus', 'territory', 'createdAt'])
  sort: 'name' | 'kind' | 'membershipStatus' | 'territory' | 'createdAt' = 'name';
}

/** The list's filters and order, without its paging: the export writes every page. */
export class OrganisationExportQuery extends IntersectionType(
  OmitType(OrganisationQuery, ['page', 'pageSize']),
  CsvExportQuery,
) {}
