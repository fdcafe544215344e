'use client';

import { useRouter } from 'next/navigation';
import { useLocale } from '@/lib/i18n/provider';
import type { Session } from './types';

/** After login or an accepted invitation: the account's language wins, then on to the page asked for. */
export function useSignedIn(): (session: Session, next?: string) => void {
  const router = useRouter();
  const [locale, setLocale] = useLocale();
  return (session, next = '/') => {
    if (session.user.locale !== locale) setLocale(session.user.locale);
    router.replace(next);
  };
}
