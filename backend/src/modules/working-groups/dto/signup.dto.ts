import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/decorators';
import { VolunteerOfferDto } from './volunteer.dto';

/** The public sign-up form: a visitor offers to join a group. */
export class VolunteerSignupDto extends VolunteerOfferDto {
  @IsUUID()
  groupId: string;

  @RequiredText(100)
  firstName: string;

  @RequiredText(100)
  lastName: string;

  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email: string;

  @OptionalText(40)
  phone?: string | null;

  @OptionalText(2000)
  message?: string | null;

  /** The version of the consent text the visitor was shown (GET /public/volunteer-signup). */
  @IsString()
  @MaxLength(20)
  consentVersion: string;

  @IsBoolean()
  consent: boolean;

  /** Honeypot: hidden from people, filled in by bots; a filled one is dropped without a word. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}
