import { api } from '@/lib/api';
import type { AccountSession, Invitation, Role, Session, TotpSetup } from './types';

export const authApi = {
  /** `code`: the second factor's, once the API answered `second_factor_required`. */
  login: (email: string, password: string, code?: string) => api.post<Session>('/auth/login', { email, password, code: code || undefined }),
  reauthenticate: (password: string, code?: string) => api.post<void>('/auth/reauthenticate', { password, code: code || undefined }),
  sessions: (signal?: AbortSignal) => api.get<AccountSession[]>('/auth/sessions', undefined, signal),
  endSession: (id: string) => api.delete(`/auth/sessions/${id}`),
  endOtherSessions: () => api.post<void>('/auth/sessions/end-others'),
  setupSecondFactor: () => api.post<TotpSetup>('/auth/second-factor/setup'),
  enableSecondFactor: (currentPassword: string, code: string) => api.post<{ recoveryCodes: string[] }>('/auth/second-factor/enable', { currentPassword, code }),
  renewRecoveryCodes: (currentPassword: string, code: string) => api.post<{ recoveryCodes: string[] }>('/auth/second-factor/recovery-codes', { currentPassword, code }),
  disableSecondFactor: (currentPassword: string, code: string) => api.post<void>('/auth/second-factor/disable', { currentPassword, code }),
  securitySettings: (signal?: AbortSignal) => api.get<{ totpRequiredFor: Role[] }>('/security/settings', undefined, signal),
  updateSecuritySettings: (totpRequiredFor: Role[]) => api.put<{ totpRequiredFor: Role[] }>('/security/settings', { totpRequiredFor }),
  requestPasswordReset: (email: string) => api.post<void>('/auth/password-reset', { email }),
  confirmPasswordReset: (token: string, password: string) => api.post<void>('/auth/password-reset/confirm', { token, password }),
  invitation: (token: string, signal?: AbortSignal) => api.get<Invitation>(`/auth/invitations/${encodeURIComponent(token)}`, undefined, signal),
  acceptInvitation: (token: string, password: string) => api.post<Session>('/auth/invitations/accept', { token, password }),
  changePassword: (currentPassword: string, newPassword: string) => api.patch<void>('/auth/me/password', { currentPassword, newPassword }),
  changeEmail: (currentPassword: string, email: string) => api.patch<Session>('/auth/me/email', { currentPassword, email }),
};
