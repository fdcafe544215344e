'use client';

import { RemoteSelect, type RemoteSource } from '@/components/remote-select';
import { peopleApi } from '@/features/people/api';

/** People searched by name on the API (only those the caller may see: their own card for a volunteer). */
const personSource: RemoteSource = {
  search: (q, signal) =>
    peopleApi.list({ q, sort: 'lastName', pageSize: 20 }, signal).then((page) => page.items.map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` }))),
  resolve: (id) => peopleApi.get(id).then((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` })),
};

export function PersonSelect(props: Omit<React.ComponentProps<typeof RemoteSelect>, 'source'>) {
  return <RemoteSelect source={personSource} {...props} />;
}
