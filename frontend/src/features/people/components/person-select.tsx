'use client';

import { apiSource, selectOver } from '@/components/remote-select';
import { peopleApi } from '../api';

/**
 * People searched by name or email on the API (attendees, owners, contractors, givers of a contribution): only those
 * the caller may see, their own card for a volunteer.
 */
export const PersonSelect = selectOver(
  apiSource(
    (q, signal) => peopleApi.list({ q, sort: 'lastName', pageSize: 20 }, signal),
    (p) => `${p.firstName} ${p.lastName}`,
    peopleApi.get,
  ),
);
