'use client';

import { RemoteSelect, type RemoteSource } from '@/components/remote-select';
import { peopleApi } from '../api';

/** People searched by name or email on the API (attendees, owners, contractors). */
export const personSource: RemoteSource = {
  search: (q, signal) =>
    peopleApi.list({ q, sort: 'lastName', pageSize: 20 }, signal).then((page) => page.items.map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` }))),
  resolve: (id) => peopleApi.get(id).then((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` })),
};

export function PersonSelect(props: Omit<React.ComponentProps<typeof RemoteSelect>, 'source'>) {
  return <RemoteSelect source={personSource} {...props} />;
}
