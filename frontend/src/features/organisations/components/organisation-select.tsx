'use client';

import { apiSource, RemoteMultiSelect, selectOver } from '@/components/remote-select';
import { organisationsApi } from '../api';

/** Organisations searched by name on the API: the network has a few hundred. */
const organisationSource = apiSource(
  (q, signal) => organisationsApi.list({ q, sort: 'name', pageSize: 20 }, signal),
  (o) => o.name,
  organisationsApi.get,
);

export const OrganisationSelect = selectOver(organisationSource);

export function OrganisationMultiSelect(props: Omit<React.ComponentProps<typeof RemoteMultiSelect>, 'source'>) {
  return <RemoteMultiSelect source={organisationSource} {...props} />;
}
