import { call, client } from '@/lib/api';
import type { PersonInput, PersonListQuery } from './types';

const people = client.people;

export const peopleApi = {
  list: (query: PersonListQuery, signal?: AbortSignal) => call(people.peopleList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(people.peopleGet({ id }, { signal })),
  create: (input: PersonInput) => call(people.peopleCreate(input)),
  update: (id: string, input: PersonInput) => call(people.peopleUpdate({ id }, input)),
  archive: (id: string) => call(people.peopleArchive({ id })),
  restore: (id: string) => call(people.peopleRestore({ id })),
};
