import { Transform } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ArrayMinSize,
} from 'class-validator';
import { QueryFlag, RequiredText } from '../../common/decorators';
import { PageQuery } from '../../common/pagination';
import { ROLES, type Role } from '../roles';

export class InviteDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email: string;

  @RequiredText(100)
  firstName: string;

  @RequiredText(100)
  lastName: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  /** Organisations the person belongs to (as a COPIL member when invited with the copil role). */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organisationIds?: string[];

  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';
}

export class SetRolesDto {
  @IsArray()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class AccountQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  /** Only the accounts invited that never signed in (the invitation not accepted yet). */
  @QueryFlag()
  invitationPending?: boolean;
}
