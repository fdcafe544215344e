import { call, client } from '@/lib/api';
import type { Role } from '@/features/auth/types';
import type { AccountListQuery, InvitationInput } from './types';

const accounts = client.accounts;

export const accountsApi = {
  list: (query: AccountListQuery, signal?: AbortSignal) => call(accounts.accountsList(query, { signal })),
  invite: (input: InvitationInput) => call(accounts.accountsInvite(input)),
  setRoles: (id: string, roles: Role[]) => call(accounts.accountsSetRoles({ id }, { roles })),
  disable: (id: string) => call(accounts.accountsDisable({ id })),
  enable: (id: string) => call(accounts.accountsEnable({ id })),
  resendInvitation: (id: string) => call(accounts.accountsResend({ id })),
  revokeInvitation: (id: string) => call(accounts.accountsRevoke({ id })),
};
