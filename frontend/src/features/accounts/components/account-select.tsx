'use client';

import { RemoteSelect, type RemoteSource } from '@/components/remote-select';
import { accountsApi } from '../api';

/** Accounts searched by name or email on the API (e.g. "who made this change" in the audit). */
const accountSource: RemoteSource = {
  search: (q, signal) =>
    accountsApi.list({ q, pageSize: 20 }, signal).then((page) => page.items.map((a) => ({ value: a.id, label: `${a.displayName} <${a.email}>` }))),
};

export function AccountSelect(props: Omit<React.ComponentProps<typeof RemoteSelect>, 'source'>) {
  return <RemoteSelect source={accountSource} {...props} />;
}
