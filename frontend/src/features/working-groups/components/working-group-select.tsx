'use client';

import { apiSource, selectOver } from '@/components/remote-select';
import { groupsApi } from '../api';

/** Working groups searched by name on the API: only those the caller may read (their own groups for a volunteer). */
export const WorkingGroupSelect = selectOver(
  apiSource(
    (q, signal) => groupsApi.list({ q, sort: 'name', pageSize: 50 }, signal),
    (g) => g.name,
    groupsApi.get,
  ),
);
