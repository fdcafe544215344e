import { applyDecorators, SetMetadata, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { attachment } from '../content-disposition';
import { RESPONSE_KEY, type ResponseContract } from '../contract';
import { describeColumns, EXPORT_FORMATS, type ExportFormat, type ExportList } from './columns';
import type { ExportFile } from './export-writer';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The `format` of an export route, beside the list's own filters (`IntersectionType(ListQuery, XlsxExportQuery)`):
 * csv (the default) or xlsx.
 */
export class XlsxExportQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat = 'csv';
}

/** The same for the lists offered as CSV only: asking them for xlsx is a 400 on `format`. */
export class CsvExportQuery {
  @ApiPropertyOptional({ enum: ['csv'] })
  @IsOptional()
  @IsIn(['csv'])
  format: ExportFormat = 'csv';
}

/**
 * An export route: a file (CSV, and xlsx where the list offers it) whose columns, in their stable order, are the
 * OpenAPI description — generated from the same declaration the writer uses.
 */
export const ExportRoute = <R>(list: ExportList<R>) => {
  const types = list.xlsx ? ['text/csv', XLSX] : ['text/csv'];
  const binary = { schema: { type: 'string', format: 'binary' } };
  return applyDecorators(
    ApiOperation({
      summary: `Export: ${list.title.en}`,
      description:
        `The list's filters apply; UTF-8 CSV with a BOM and \`;\` separators${list.xlsx ? ', or xlsx' : ''}. ` +
        `Headers in the reader's language; columns, in this order:\n\n${describeColumns(list, 'en')}`,
    }),
    ApiProduces(...types),
    ApiOkResponse({ content: Object.fromEntries(types.map((t) => [t, binary])) }),
    SetMetadata(RESPONSE_KEY, { kind: 'file', contentType: 'text/csv' } satisfies ResponseContract),
  );
};

/** The file as the route answers it: streamed, named for download. */
export const exportResponse = (file: ExportFile) =>
  new StreamableFile(file.stream, { type: file.contentType, disposition: attachment(file.fileName) });
