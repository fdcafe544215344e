'use client';

import { apiSource, multiSelectOver, selectOver } from '@/components/remote-select';
import { grantsApi } from '../api';

/** Grants searched on the API by title, reference or funder (only for those who may read grants). */
const grantSource = apiSource(
  (q, signal) => grantsApi.list({ q, sort: 'title', pageSize: 30 }, signal),
  (g) => g.title,
  grantsApi.get,
);

export const GrantSelect = selectOver(grantSource);
/** Several grants (e.g. those financing a strategy action). */
export const GrantMultiSelect = multiSelectOver(grantSource);
