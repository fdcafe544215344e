import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import { BLOCK_TYPES, type BlockType } from '../blocks';

/** http or https: the deliverability check, not the form, points out a link that is not https. */
const WebUrl = (required: boolean) =>
  applyDecorators(
    ...(required ? [] : [IsOptional()]),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }),
    MaxLength(500),
  );

/** Rich text as a composer's editor produces it; sanitised before it is stored. */
const RichText = () => applyDecorators(IsString(), MaxLength(20_000));

export class BlockDto {
  @IsOptional()
  @IsUUID()
  id?: string;

  // Described by each block type, with its own value alone, so the UI's generated union narrows on it.
  @IsIn(BLOCK_TYPES)
  type: BlockType;
}

const TypeIs = (...types: BlockType[]) => ApiProperty({ enum: types });

export class EditorialBlockDto extends BlockDto {
  @TypeIs('editorial', 'free_text')
  type: 'editorial' | 'free_text';

  @OptionalText(200)
  title?: string | null;

  @RichText()
  html: string;
}

export class FreeTextBlockDto extends EditorialBlockDto {}

export class ArticleBlockDto extends BlockDto {
  @TypeIs('article')
  type: 'article';

  @RequiredText(200)
  title: string;

  @RequiredText(5000)
  text: string;

  @WebUrl(false)
  imageUrl?: string | null;

  @OptionalText(300)
  imageAlt?: string | null;

  @WebUrl(false)
  linkUrl?: string | null;

  @OptionalText(80)
  linkLabel?: string | null;
}

export class AgendaEventDto {
  @IsDateOnly()
  date: string;

  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  time?: string | null;

  @RequiredText(200)
  title: string;

  @RequiredText(200)
  place: string;

  @WebUrl(false)
  url?: string | null;
}

export class AgendaBlockDto extends BlockDto {
  @TypeIs('agenda')
  type: 'agenda';

  @OptionalText(200)
  title?: string | null;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AgendaEventDto)
  events: AgendaEventDto[];
}

export class NewMembersBlockDto extends BlockDto {
  @TypeIs('new_members')
  type: 'new_members';

  @OptionalText(200)
  title?: string | null;

  @OptionalText(2000)
  intro?: string | null;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  organisationIds: string[];
}

export class DonationBlockDto extends BlockDto {
  @TypeIs('donation')
  type: 'donation';

  @RequiredText(200)
  title: string;

  @RequiredText(2000)
  text: string;

  @RequiredText(60)
  buttonLabel: string;

  @WebUrl(true)
  buttonUrl: string;

  /** The campaign whose progress (amount raised, goal, donors) the block shows, read when the issue is rendered. */
  @IsOptional()
  @IsUUID()
  campaignId?: string | null;
}

/** The block types, as the OpenAPI document describes them (free text has the editorial block's shape). */
export const BLOCK_CLASSES = [EditorialBlockDto, ArticleBlockDto, AgendaBlockDto, NewMembersBlockDto, DonationBlockDto];

/** Each block is validated as its own type, so a field of another type is refused like any unknown field. */
export const BlocksField = () =>
  applyDecorators(
    ApiProperty({ type: 'array', items: { oneOf: BLOCK_CLASSES.map((c) => ({ $ref: getSchemaPath(c) })) } }),
    IsArray(),
    ArrayMaxSize(40),
    ValidateNested({ each: true }),
    Type(() => BlockDto, {
      keepDiscriminatorProperty: true,
      discriminator: {
        property: 'type',
        subTypes: [
          { value: EditorialBlockDto, name: 'editorial' },
          { value: ArticleBlockDto, name: 'article' },
          { value: AgendaBlockDto, name: 'agenda' },
          { value: NewMembersBlockDto, name: 'new_members' },
          { value: DonationBlockDto, name: 'donation' },
          { value: FreeTextBlockDto, name: 'free_text' },
        ],
      },
    }),
  );

export type AnyBlockDto =
  EditorialBlockDto | ArticleBlockDto | AgendaBlockDto | NewMembersBlockDto | DonationBlockDto | FreeTextBlockDto;
