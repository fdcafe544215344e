import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { OneOf } from '../../../common/contract';
import { IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import { AUDIENCES, type Audience } from '../kit.entity';

export class CreateKitDto {
  @RequiredText(200)
  title: string;

  @OneOf(AUDIENCES, 'Audience')
  audience: Audience;

  @IsUUID()
  groupId: string;

  @OptionalText(4000)
  description?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  @MaxLength(500, { each: true })
  links?: string[];

  @RequiredText(40)
  version: string;

  @IsDateOnly()
  publishedOn: string;
}

export class UpdateKitDto extends PartialType(CreateKitDto) {}

export class KitQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDIENCES, enumName: 'Audience' })
  @IsOptional()
  @OneOf(AUDIENCES, 'Audience')
  audience?: Audience;
}
