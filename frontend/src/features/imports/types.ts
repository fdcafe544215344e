import {
  ImportKind,
  type ImportJobResponse,
  type ImportRowResponse,
  type ImportRunResponse,
  type MappingEntryDto,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export { ImportKind };
export type ImportJob = ImportJobResponse;
export type ImportRun = ImportRunResponse;
export type ImportRow = ImportRowResponse;
export type MappingEntry = MappingEntryDto;
export const IMPORT_KINDS = Object.values(ImportKind);
/** Where each kind's list lives: the import page links back to it. */
export const LIST_OF: Record<ImportKind, string> = {
  organisations: '/organisations',
  people: '/people',
  funders: '/funding/funders',
  'group-members': '/working-groups',
  grants: '/funding',
  gifts: '/donations',
  contributions: '/contributions',
  subscribers: '/newsletters/subscribers',
};
