'use client';

import { apiSource, multiSelectOver, selectOver } from '@/components/remote-select';
import { groupsApi } from '../api';

/** Working groups searched by name on the API: only those the caller may read (their own groups for a volunteer). */
const groupSource = apiSource(
  (q, signal) => groupsApi.list({ q, sort: 'name', pageSize: 50 }, signal),
  (g) => g.name,
  groupsApi.get,
);

export const WorkingGroupSelect = selectOver(groupSource);
/** Several working groups (e.g. those carrying a strategy action). */
export const WorkingGroupMultiSelect = multiSelectOver(groupSource);
