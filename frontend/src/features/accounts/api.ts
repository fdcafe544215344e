import { api, type Page } from '@/lib/api';
import type { Role } from '@/features/auth/types';
import type { Account, AccountListQuery, InvitationInput, InvitationSent } from './types';

export const accountsApi = {
  list: (query: AccountListQuery, signal?: AbortSignal) => api.get<Page<Account>>('/accounts', { ...query }, signal),
  invite: (input: InvitationInput) => api.post<InvitationSent>('/invitations', input),
  setRoles: (id: string, roles: Role[]) => api.patch<Account>(`/accounts/${id}/roles`, { roles }),
  disable: (id: string) => api.post<Account>(`/accounts/${id}/disable`),
  enable: (id: string) => api.post<Account>(`/accounts/${id}/enable`),
};
