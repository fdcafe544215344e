import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches, MaxLength } from 'class-validator';
import { PartialType } from '@nestjs/swagger';
import { OptionalText, RequiredText } from '../../../common/decorators';

export class CreateListDto {
  /** Lower-case letters, digits and dashes: it ends up in the List-Id header. */
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  @MaxLength(60)
  key: string;

  @RequiredText(120)
  name: string;

  @OptionalText(2000)
  description?: string | null;

  @IsOptional()
  @IsBoolean()
  isPublic?: boolean;
}

export class UpdateListDto extends PartialType(CreateListDto) {}

export class ListQuery {
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  includeArchived?: boolean;
}
