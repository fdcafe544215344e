import 'server-only';
import { cookies } from 'next/headers';
import { backendUrl } from './backend';
import { LOCALE_COOKIE, toLocale } from '../i18n/config';
import type { Session } from '@/lib/session-api';

/** `/api/auth/me` with the browser's cookies; null when nobody is signed in. */
export async function loadSession(): Promise<Session | null> {
  const jar = await cookies();
  const response = await fetch(`${backendUrl()}/api/auth/me`, {
    headers: {
      cookie: jar.toString(),
      accept: 'application/json',
      'accept-language': toLocale(jar.get(LOCALE_COOKIE)?.value),
    },
    cache: 'no-store',
  });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`GET /api/auth/me answered ${response.status}`);
  return (await response.json()) as Session;
}
