'use client';

import { apiSource, selectOver } from '@/components/remote-select';
import { fundersApi } from '../api';

/** Funders searched by name on the API (archived ones are left out: no new grant goes to them). */
export const FunderSelect = selectOver(
  apiSource(
    (q, signal) => fundersApi.list({ q, sort: 'name', pageSize: 20 }, signal),
    (f) => f.name,
    fundersApi.get,
  ),
);
