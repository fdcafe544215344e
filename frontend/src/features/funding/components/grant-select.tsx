'use client';

import { apiSource, selectOver } from '@/components/remote-select';
import { grantsApi } from '../api';

/** Grants searched on the API by title, reference or funder (only for those who may read grants). */
export const GrantSelect = selectOver(
  apiSource(
    (q, signal) => grantsApi.list({ q, sort: 'title', pageSize: 30 }, signal),
    (g) => g.title,
    grantsApi.get,
  ),
);
