import { call, client } from '@/lib/api';
import type { MissionInput, TimeEntryInput } from './types';

const contractors = client.contractors;

export const missionsApi = {
  list: (query: { q?: string; active?: boolean; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    call(contractors.contractorsList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(contractors.contractorsGet({ id }, { signal })),
  create: (input: MissionInput) => call(contractors.contractorsCreate(input)),
  update: (id: string, input: Partial<MissionInput>) => call(contractors.contractorsUpdate({ id }, input)),
  entries: (id: string, month: string, signal?: AbortSignal) =>
    call(contractors.contractorsEntries({ id, month, pageSize: 200 }, { signal })),
  addEntry: (id: string, input: TimeEntryInput) => call(contractors.contractorsAddEntry({ id }, input)),
  deleteEntry: (entryId: string) => call(contractors.contractorsDeleteEntry({ id: entryId })),
};
