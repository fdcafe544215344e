'use client';

import { apiSource, selectOver } from '@/components/remote-select';
import { accountsApi } from '../api';

/** Accounts searched by name or email on the API (e.g. "who made this change" in the audit). */
export const AccountSelect = selectOver(
  apiSource(
    (q, signal) => accountsApi.list({ q, pageSize: 20 }, signal),
    (a) => `${a.displayName} <${a.email}>`,
  ),
);
