import { EnumOf } from '../../../common/contract';
import { IMPORT_KINDS, IMPORT_STATUSES, type ImportKind, type ImportStatus } from '../import-job.entity';

export const IMPORT_ROW_STATUSES = ['created', 'updated', 'unchanged', 'refused'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

export class ImportFieldResponse {
  name: string;
  labelFr: string;
  labelEn: string;
  required: boolean;
}

export class MappingEntryResponse {
  field: string;
  header: string | null;
}

/** An uploaded file: what was detected, its headers, the fields of its kind and the mapping guessed or remembered. */
export class ImportJobResponse {
  id: string;
  @EnumOf(IMPORT_KINDS, 'ImportKind') kind: ImportKind;
  fileName: string;
  format: string;
  /** `UTF-8` or `Windows-1252` for a CSV; null for an .xlsx. */
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  fields: ImportFieldResponse[];
  mapping: MappingEntryResponse[];
  @EnumOf(IMPORT_STATUSES, 'ImportStatus') status: ImportStatus;
  total: number | null;
  processed: number;
}

/** A commit's progress, polled by the UI. */
export class ImportProgressResponse {
  id: string;
  @EnumOf(IMPORT_STATUSES, 'ImportStatus') status: ImportStatus;
  total: number | null;
  processed: number;
}

export class ImportRowErrorResponse {
  field: string;
  message: string;
}

export class ImportRowResponse {
  line: number;
  @EnumOf(IMPORT_ROW_STATUSES, 'ImportRowStatus') status: ImportRowStatus;
  label: string | null;
  /** The fields an update changes. */
  changes: string[];
  errors: ImportRowErrorResponse[];
}

/** A dry run's or a commit's outcome: counts over the whole file, and its first rows (every refused one first). */
export class ImportRunResponse {
  jobId: string;
  committed: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  rows: ImportRowResponse[];
}
