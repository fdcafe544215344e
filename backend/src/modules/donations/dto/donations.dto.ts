import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCents, IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import { OneOf } from '../../../common/contract';
import { PageQuery } from '../../../common/pagination';
import {
  DONOR_KINDS,
  GIFT_FREQUENCIES,
  GIFT_STATUSES,
  PAYMENT_METHODS,
  RECEIPT_KINDS,
  type DonorKind,
  type GiftFrequency,
  type GiftStatus,
  type PaymentMethod,
  type ReceiptKind,
} from '../donation-types';

/** Query strings and optional fields: '' means "none", 'true'/'false' are booleans. */
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const lowerEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() || null : value;

export class CreateCampaignDto {
  @RequiredText(200)
  name: string;

  /** The public page's address: lower-case letters, digits and dashes. */
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(80)
  slug: string;

  @OptionalText(5000)
  description?: string | null;

  @IsOptional()
  @IsCents({ min: 100 })
  goalCents?: number | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  startsOn?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  endsOn?: string | null;

  @IsOptional()
  @IsBoolean()
  publicPage?: boolean;

  /** HelloAsso's form type (`Donation`, `CrowdFunding`…) and slug, from the form's address. */
  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^[A-Za-z]+$/)
  @MaxLength(30)
  helloassoFormType?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^[a-z0-9-]+$/)
  @MaxLength(200)
  helloassoFormSlug?: string | null;
}

export class UpdateCampaignDto extends PartialType(CreateCampaignDto) {}

export class DonorInput {
  @OneOf(DONOR_KINDS, 'DonorKind')
  kind: DonorKind;

  @OptionalText(100)
  firstName?: string | null;

  @OptionalText(100)
  lastName?: string | null;

  @OptionalText(200)
  organisationName?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^\d{9}$/)
  siren?: string | null;

  @IsOptional()
  @Transform(lowerEmail)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @OptionalText(300)
  address?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^[0-9A-Za-z -]{2,10}$/)
  postcode?: string | null;

  @OptionalText(100)
  city?: string | null;

  /** The donor agrees to be named on the campaign's public page. */
  @IsOptional()
  @IsBoolean()
  publicName?: boolean;
}

export class UpdateDonorDto extends PartialType(DonorInput) {}

export class DonorQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Search in names, organisation and email' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  /** Only donors whose monthly gift stopped. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  lapsed?: boolean;
}

export class CreateGiftDto {
  /** An existing donor, or `donor` to find or create one (matched by email, SIREN or name). */
  @IsOptional()
  @IsUUID()
  donorId?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => DonorInput)
  donor?: DonorInput;

  @IsOptional()
  @IsUUID()
  campaignId?: string | null;

  @IsOptional()
  @IsUUID()
  strategyActionId?: string | null;

  @IsCents({ min: 1 })
  amountCents: number;

  @IsDateOnly({ yearsBack: 10, yearsAhead: 0 })
  receivedOn: string;

  @IsOptional()
  @OneOf(GIFT_FREQUENCIES, 'GiftFrequency')
  frequency?: GiftFrequency;

  @OneOf(PAYMENT_METHODS, 'PaymentMethod')
  paymentMethod: PaymentMethod;

  @OptionalText(100)
  reference?: string | null;
}

export class GiftQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @IsOptional()
  @IsUUID()
  donorId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2099)
  year?: number;

  @IsOptional()
  @OneOf(GIFT_STATUSES, 'GiftStatus')
  status?: GiftStatus;

  /** true: gifts with a receipt in force; false: paid gifts still without one. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  receipted?: boolean;
}

export class IssueReceiptsDto {
  /** `gift`: one receipt per gift named; `yearly`: one summary per donor of the year's gifts. */
  @OneOf(RECEIPT_KINDS, 'ReceiptKind')
  kind: ReceiptKind;

  /** For `gift`: the gifts to receipt. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  giftIds?: string[];

  /** For `yearly`: the year, and the donors (all with unreceipted gifts that year when absent). */
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2099)
  year?: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  donorIds?: string[];
}

export class CancelReceiptDto {
  @RequiredText(500)
  reason: string;

  /** Issue a new receipt (a new number) for the same gifts at once. */
  @IsOptional()
  @IsBoolean()
  reissue?: boolean;
}

export class ReceiptQuery extends PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2099)
  year?: number;

  @IsOptional()
  @IsUUID()
  donorId?: string;
}

export class DeclarationQuery {
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2099)
  year: number;
}

export class HelloAssoImportDto {
  @IsUUID()
  campaignId: string;
}

export class DonationSettingsDto {
  @IsBoolean()
  receiptsEnabled: boolean;

  @OptionalText(200)
  legalName?: string | null;

  @OptionalText(300)
  legalAddress?: string | null;

  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^\d{9}$/)
  legalSiren?: string | null;

  @OptionalText(500)
  legalObject?: string | null;

  @OptionalText(200)
  legalStatus?: string | null;

  @OptionalText(200)
  signatoryName?: string | null;

  @OptionalText(120)
  signatoryRole?: string | null;

  @IsInt()
  @Min(1)
  @Max(90)
  recurringGraceDays: number;
}
