import type { PackRule } from '@casl/ability/extra';
import type { RawRuleOf } from '@casl/ability';
import type { MeResponse, MeUser } from '@/lib/generated/api';
import type { AppAbility } from './ability';
import { call, client } from './api';
import type { Locale } from './i18n/config';

// The session as the whole UI holds it (the shell, the ability, the language switch): auth's feature builds on it.
export type SessionUser = MeUser;
export type PackedRules = PackRule<RawRuleOf<AppAbility>>[];
/** What login, /auth/me and the account changes answer; the rules typed for CASL. */
export type Session = Omit<MeResponse, 'rules'> & { rules: PackedRules };

const auth = client.auth;
/** The packed rules are declared as plain arrays by the API; the UI reads them as CASL rules. */
export const asSession = async (pending: ReturnType<typeof auth.authMe>) => (await call(pending)) as Session;

/** The calls on the signed-in session itself. */
export const sessionApi = {
  me: () => asSession(auth.authMe()),
  reauthenticate: (password: string, code?: string) =>
    call(auth.authReauthenticate({ password, code: code === '' ? undefined : code })),
  changeLocale: (locale: Locale) => asSession(auth.authChangeLocale({ locale })),
  logout: () => call(auth.authLogout()),
};
