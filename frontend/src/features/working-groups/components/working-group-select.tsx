'use client';

import { RemoteSelect, type RemoteSource } from '@/components/remote-select';
import { groupsApi } from '../api';

/** Working groups searched by name on the API: only those the caller may read (their own groups for a volunteer). */
export const workingGroupSource: RemoteSource = {
  search: (q, signal) => groupsApi.list({ q, sort: 'name', pageSize: 50 }, signal).then((page) => page.items.map((g) => ({ value: g.id, label: g.name }))),
  resolve: (id) => groupsApi.get(id).then((g) => ({ value: g.id, label: g.name })),
};

export function WorkingGroupSelect(props: Omit<React.ComponentProps<typeof RemoteSelect>, 'source'>) {
  return <RemoteSelect source={workingGroupSource} {...props} />;
}
