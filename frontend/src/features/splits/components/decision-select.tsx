'use client';

import { RemoteSelect, type RemoteSource } from '@/components/remote-select';
import { decisionsApi } from '@/features/governance/api';

const label = (d: { number: number; title: string }) => `n° ${d.number} — ${d.title}`;

/** Adopted COPIL decisions, searched by words on the API: the one an approval cites. */
const adoptedDecisions: RemoteSource = {
  search: (q, signal) =>
    decisionsApi.list({ q, outcome: 'adopted', sort: 'decidedOn', order: 'desc', pageSize: 20 }, signal).then((page) => page.items.map((d) => ({ value: d.id, label: label(d) }))),
  resolve: (id) => decisionsApi.get(id).then((d) => ({ value: d.id, label: label(d) })),
};

export function DecisionSelect(props: Omit<React.ComponentProps<typeof RemoteSelect>, 'source'>) {
  return <RemoteSelect source={adoptedDecisions} {...props} />;
}
