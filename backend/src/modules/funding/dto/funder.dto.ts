import { ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { XlsxExportQuery } from '../../../common/exports/export-route';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/decorators';
import { OneOf } from '../../../common/contract';
import { PageQuery } from '../../../common/pagination';
import { FUNDER_KINDS, type FunderKind } from '../funding-types';
import { OptionalUrl, toBool } from './fields';

export class FunderContactInput {
  @RequiredText(200)
  name: string;

  @OptionalText(120)
  role?: string | null;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() || null : value,
  )
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @OptionalText(40)
  phone?: string | null;
}

export class CreateFunderDto {
  @RequiredText(200)
  name: string;

  @OneOf(FUNDER_KINDS, 'FunderKind')
  kind: FunderKind;

  @OptionalUrl(300)
  website?: string | null;

  @OptionalText(5000)
  notes?: string | null;

  /** The people to talk to, in order; on update, replaces the whole list. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FunderContactInput)
  contacts?: FunderContactInput[];
}

export class UpdateFunderDto extends PartialType(CreateFunderDto) {}

export class FunderQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Search in name and notes' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @OneOf(FUNDER_KINDS, 'FunderKind')
  kind?: FunderKind;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  includeArchived?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['name', 'kind', 'grantedCents', 'createdAt'])
  sort: 'name' | 'kind' | 'grantedCents' | 'createdAt' = 'name';
}

/** The list's filters and order, without its paging: the export writes every page. */
export class FunderExportQuery extends IntersectionType(OmitType(FunderQuery, ['page', 'pageSize']), XlsxExportQuery) {}
