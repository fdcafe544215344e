import { applyDecorators } from '@nestjs/common';
import { ArrayUnique, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { OneOf } from '../../common/contract';
import { ROLES, type Role } from '../roles';

/** Six digits from the authenticator app, or a recovery code (`abcde-fghjk`). */
const Code = () => applyDecorators(IsString(), MaxLength(20));

export class SecondFactorDto {
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @Code()
  code: string;
}

export class ReauthenticateDto {
  @IsString()
  @MaxLength(200)
  password: string;

  /** Required when the account has a second factor. */
  @IsOptional()
  @Code()
  code?: string;
}

export class SecuritySettingsDto {
  @IsArray()
  @ArrayUnique()
  @OneOf(ROLES, 'Role', { isArray: true })
  totpRequiredFor: Role[];
}
