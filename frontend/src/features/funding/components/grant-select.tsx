'use client';

import { RemoteSelect, type RemoteSource } from '@/components/remote-select';
import { grantsApi } from '../api';

/** Grants searched on the API by title, reference or funder (only for those who may read grants). */
const grantSource: RemoteSource = {
  search: (q, signal) => grantsApi.list({ q, sort: 'title', pageSize: 30 }, signal).then((page) => page.items.map((g) => ({ value: g.id, label: g.title }))),
  resolve: (id) => grantsApi.get(id).then((g) => ({ value: g.id, label: g.title })),
};

export function GrantSelect(props: Omit<React.ComponentProps<typeof RemoteSelect>, 'source'>) {
  return <RemoteSelect source={grantSource} {...props} />;
}
