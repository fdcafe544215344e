'use client';

import { RemoteSelect, type RemoteSource } from '@/components/remote-select';
import { fundersApi } from '../api';

/** Funders searched by name on the API (archived ones are left out: no new grant goes to them). */
const funderSource: RemoteSource = {
  search: (q, signal) => fundersApi.list({ q, sort: 'name', pageSize: 20 }, signal).then((page) => page.items.map((f) => ({ value: f.id, label: f.name }))),
  resolve: (id) => fundersApi.get(id).then((f) => ({ value: f.id, label: f.name })),
};

export function FunderSelect(props: Omit<React.ComponentProps<typeof RemoteSelect>, 'source'>) {
  return <RemoteSelect source={funderSource} {...props} />;
}
