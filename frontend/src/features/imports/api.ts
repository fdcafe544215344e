import { call, client } from '@/lib/api';
import type { ImportKind, MappingEntry } from './types';

const imports = client.imports;

export const importsApi = {
  upload: (kind: ImportKind, fileName: string, content: string) =>
    call(imports.importsUpload({ kind, fileName, content })),
  progress: (id: string) => call(imports.importsProgress({ id })),
  dryRun: (id: string, mapping: MappingEntry[]) => call(imports.importsDryRun({ id }, { mapping })),
  commit: (id: string, mapping: MappingEntry[]) => call(imports.importsCommit({ id }, { mapping })),
};
