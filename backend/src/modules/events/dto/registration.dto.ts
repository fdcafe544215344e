import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { RequiredText } from '../../../common/decorators';

/** The public registration form of an event. */
export class PublicRegistrationDto {
  @RequiredText(100)
  firstName: string;

  @RequiredText(100)
  lastName: string;

  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email: string;

  /** Honeypot, as on the volunteer sign-up: hidden from people, filled in by bots; a filled one is dropped silently. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}

export class CancelRegistrationDto {
  /** The secret of the link in the registration's mails. */
  @IsString()
  @Length(1, 64)
  token: string;
}
