import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { RequiredText } from '../../../common/decorators';
import { IMPORT_KINDS, type ImportKind } from '../import-job.entity';

/** At most 20 MB of file, base64 in the JSON body (about 27 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class UploadImportDto {
  @IsIn(IMPORT_KINDS)
  kind: ImportKind;

  @RequiredText(200)
  fileName: string;

  /** The file's bytes in base64: a CSV (UTF-8 or Windows-1252, `;`, `,` or tab separated) or an .xlsx workbook. */
  @IsString()
  @MaxLength(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4)
  content: string;
}

export class MappingEntryDto {
  @IsString()
  @MaxLength(60)
  field: string;

  /** The file's column header that fills the field; null leaves it empty. */
  @IsOptional()
  @IsString()
  @MaxLength(300)
  header: string | null;
}

export class ImportMappingDto {
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => MappingEntryDto)
  mapping: MappingEntryDto[];
}
