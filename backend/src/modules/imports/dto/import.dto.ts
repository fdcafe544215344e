import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_KINDS, type ImportKind } from '../import-job.entity';

/** At most 20 MB of file. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The kind of records the file holds, in the query string; the file itself is the multipart body's `file` part. */
export class UploadImportDto {
  @IsIn(IMPORT_KINDS)
  kind: ImportKind;
}

/** The multipart body of an upload, as documented (the route reads it as a stream, not through this class). */
export class UploadImportFileDto {
  /** A CSV (UTF-8 or Windows-1252, `;`, `,` or tab separated) or an .xlsx workbook, at most 20 MB. */
  @ApiProperty({ type: 'string', format: 'binary' })
  file: Blob;
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
