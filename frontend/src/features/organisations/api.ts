import { call, client } from '@/lib/api';
import type { OrganisationInput, OrganisationListQuery } from './types';

const organisations = client.organisations;

export const organisationsApi = {
  list: (query: OrganisationListQuery, signal?: AbortSignal) =>
    call(organisations.organisationsList(query, { signal })),
  territories: (signal?: AbortSignal) => call(organisations.organisationsTerritories({ signal })),
  get: (id: string, signal?: AbortSignal) => call(organisations.organisationsGet({ id }, { signal })),
  create: (input: OrganisationInput) => call(organisations.organisationsCreate(input)),
  update: (id: string, input: Partial<OrganisationInput>) => call(organisations.organisationsUpdate({ id }, input)),
  archive: (id: string) => call(organisations.organisationsArchive({ id })),
  restore: (id: string) => call(organisations.organisationsRestore({ id })),
};
