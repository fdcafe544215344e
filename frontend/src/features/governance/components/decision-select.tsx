'use client';

import { apiSource, multiSelectOver, selectOver } from '@/components/remote-select';
import { decisionsApi } from '../api';

/** Adopted COPIL decisions, searched by words on the API: the one an approval cites. */
const decisionSource = apiSource(
  (q, signal) => decisionsApi.list({ q, outcome: 'adopted', sort: 'decidedOn', order: 'desc', pageSize: 20 }, signal),
  (d) => `n° ${d.number} — ${d.title}`,
  decisionsApi.get,
);

export const DecisionSelect = selectOver(decisionSource);
/** Several decisions (e.g. those serving a strategy action). */
export const DecisionMultiSelect = multiSelectOver(decisionSource);
