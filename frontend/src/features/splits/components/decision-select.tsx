'use client';

import { apiSource, selectOver } from '@/components/remote-select';
import { decisionsApi } from '@/features/governance/api';

/** Adopted COPIL decisions, searched by words on the API: the one an approval cites. */
export const DecisionSelect = selectOver(
  apiSource(
    (q, signal) => decisionsApi.list({ q, outcome: 'adopted', sort: 'decidedOn', order: 'desc', pageSize: 20 }, signal),
    (d) => `n° ${d.number} — ${d.title}`,
    decisionsApi.get,
  ),
);
