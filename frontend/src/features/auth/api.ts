import { call, client } from '@/lib/api';
import type { Locale } from '@/lib/i18n/config';
import type { Session } from './types';

const auth = client.auth;
/** The packed rules are declared as plain arrays by the API; the UI reads them as CASL rules. */
const session = async (pending: ReturnType<typeof auth.authMe>) => (await call(pending)) as Session;

export const authApi = {
  login: (email: string, password: string) => session(auth.authLogin({ email, password })),
  requestPasswordReset: (email: string) => call(auth.authRequestReset({ email })),
  confirmPasswordReset: (token: string, password: string) => call(auth.authConfirmReset({ token, password })),
  invitation: (token: string, signal?: AbortSignal) => call(auth.authDescribeInvitation({ token }, { signal })),
  acceptInvitation: (token: string, password: string) => session(auth.authAcceptInvitation({ token, password })),
  changePassword: (currentPassword: string, newPassword: string) => call(auth.authChangePassword({ currentPassword, newPassword })),
  changeEmail: (currentPassword: string, email: string) => session(auth.authChangeEmail({ currentPassword, email })),
  changeLocale: (locale: Locale) => session(auth.authChangeLocale({ locale })),
  logout: () => call(auth.authLogout()),
};
