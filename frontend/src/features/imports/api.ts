import { call, client } from '@/lib/api';
import type { ImportKind, MappingEntry } from './types';

const imports = client.imports;

export const importsApi = {
  /** The file goes as a multipart part, streamed by the browser: it is never read into a string here. */
  upload: (kind: ImportKind, file: File) => call(imports.importsUpload({ kind }, { file })),
  progress: (id: string) => call(imports.importsProgress({ id })),
  dryRun: (id: string, mapping: MappingEntry[]) => call(imports.importsDryRun({ id }, { mapping })),
  commit: (id: string, mapping: MappingEntry[]) => call(imports.importsCommit({ id }, { mapping })),
};
