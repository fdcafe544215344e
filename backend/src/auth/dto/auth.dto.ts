import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import { isStrongPassword } from '../password';

const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export const StrongPassword = () =>
  ValidateBy({
    name: 'strongPassword',
    validator: { validate: (v: unknown) => typeof v === 'string' && isStrongPassword(v) },
  });

export class LoginDto {
  @Transform(lowerTrim)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @MaxLength(200)
  password: string;

  /** The second factor's code (or a recovery code), sent again with the password once the API asked for it. */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  code?: string;
}

export class ChangePasswordDto {
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @IsString()
  @StrongPassword()
  newPassword: string;
}

export class ChangeEmailDto {
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @Transform(lowerTrim)
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ChangeLocaleDto {
  @IsIn(['fr', 'en'])
  locale: 'fr' | 'en';
}

export class PasswordResetRequestDto {
  @Transform(lowerTrim)
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class TokenPasswordDto {
  @IsString()
  @MaxLength(100)
  token: string;

  @IsString()
  @StrongPassword()
  password: string;
}
