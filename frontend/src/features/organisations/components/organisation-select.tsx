'use client';

import { RemoteMultiSelect, RemoteSelect, type RemoteSource } from '@/components/remote-select';
import { organisationsApi } from '../api';

/** Organisations searched by name on the API: the network has a few hundred. */
export const organisationSource: RemoteSource = {
  search: (q, signal) =>
    organisationsApi
      .list({ q, sort: 'name', pageSize: 20 }, signal)
      .then((page) => page.items.map((o) => ({ value: o.id, label: o.name }))),
  resolve: (id) => organisationsApi.get(id).then((o) => ({ value: o.id, label: o.name })),
};

type Props<P> = Omit<P, 'source'>;

export function OrganisationSelect(props: Props<React.ComponentProps<typeof RemoteSelect>>) {
  return <RemoteSelect source={organisationSource} {...props} />;
}

export function OrganisationMultiSelect(props: Props<React.ComponentProps<typeof RemoteMultiSelect>>) {
  return <RemoteMultiSelect source={organisationSource} {...props} />;
}
