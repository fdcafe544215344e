import { api } from '@/lib/api';
import type { Invitation, Session } from './types';

export const authApi = {
  login: (email: string, password: string) => api.post<Session>('/auth/login', { email, password }),
  requestPasswordReset: (email: string) => api.post<void>('/auth/password-reset', { email }),
  confirmPasswordReset: (token: string, password: string) => api.post<void>('/auth/password-reset/confirm', { token, password }),
  invitation: (token: string, signal?: AbortSignal) => api.get<Invitation>(`/auth/invitations/${encodeURIComponent(token)}`, undefined, signal),
  acceptInvitation: (token: string, password: string) => api.post<Session>('/auth/invitations/accept', { token, password }),
  changePassword: (currentPassword: string, newPassword: string) => api.patch<void>('/auth/me/password', { currentPassword, newPassword }),
  changeEmail: (currentPassword: string, email: string) => api.patch<Session>('/auth/me/email', { currentPassword, email }),
};
