import { call, client } from '@/lib/api';
import type { SourceListQuery, StepMove } from './types';

const sources = client.sources;

export const sourcesApi = {
  list: (query: SourceListQuery, signal?: AbortSignal) => call(sources.sourcesList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(sources.sourcesGet({ id }, { signal })),
  moveStep: (id: string, move: StepMove) => call(sources.sourcesMoveStep({ id }, move)),
  check: (id: string) => call(sources.sourcesCheck({ id })),
};
