import { call, client } from '@/lib/api';
import { asSession as session, sessionApi } from '@/lib/session-api';
import type { Role } from './types';

const auth = client.auth;

export const authApi = {
  ...sessionApi,
  /** `code`: the second factor's, once the API answered `auth.second_factor_required`. */
  login: (email: string, password: string, code?: string) =>
    session(auth.authLogin({ email, password, code: code === '' ? undefined : code })),
  sessions: (signal?: AbortSignal) => call(auth.authSessions({ signal })),
  endSession: (id: string) => call(auth.authEndSession({ id })),
  endOtherSessions: () => call(auth.authEndOtherSessions()),
  setupSecondFactor: () => call(auth.securitySetup()),
  enableSecondFactor: (currentPassword: string, code: string) => call(auth.securityEnable({ currentPassword, code })),
  renewRecoveryCodes: (currentPassword: string, code: string) =>
    call(auth.securityRenewRecoveryCodes({ currentPassword, code })),
  disableSecondFactor: (currentPassword: string, code: string) => call(auth.securityDisable({ currentPassword, code })),
  securitySettings: (signal?: AbortSignal) => call(auth.securitySettings({ signal })),
  updateSecuritySettings: (totpRequiredFor: Role[]) => call(auth.securityUpdateSettings({ totpRequiredFor })),
  requestPasswordReset: (email: string) => call(auth.authRequestReset({ email })),
  confirmPasswordReset: (token: string, password: string) => call(auth.authConfirmReset({ token, password })),
  invitation: (token: string, signal?: AbortSignal) => call(auth.authDescribeInvitation({ token }, { signal })),
  acceptInvitation: (token: string, password: string) => session(auth.authAcceptInvitation({ token, password })),
  changePassword: (currentPassword: string, newPassword: string) =>
    call(auth.authChangePassword({ currentPassword, newPassword })),
  changeEmail: (currentPassword: string, email: string) => session(auth.authChangeEmail({ currentPassword, email })),
};
