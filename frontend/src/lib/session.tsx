'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { UNAUTHENTICATED_EVENT } from './api';
import { abilityFromPacked, AbilityProvider } from './ability';
import { sessionApi, type Session, type SessionUser } from './session-api';

interface SessionValue {
  user: SessionUser;
  /** Replace the session after an answer that carries `{user, rules}` (email or locale change). */
  setSession: (session: Session) => void;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

function loginHref(next?: string): string {
  return next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
}

/**
 * Holds the signed-in user and their CASL ability. The (admin) layout loads `/api/auth/me` on the server and passes
 * it here, so the first paint already knows who is there and what they may do.
 */
export function SessionProvider({ initial, children }: { initial: Session; children: ReactNode }) {
  const router = useRouter();
  const [session, setSession] = useState(initial);
  const ability = useMemo(() => abilityFromPacked(session.rules), [session.rules]);

  useEffect(() => {
    const onGone = () => router.replace(loginHref(window.location.pathname + window.location.search));
    window.addEventListener(UNAUTHENTICATED_EVENT, onGone);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onGone);
  }, [router]);

  const logout = useCallback(async () => {
    await sessionApi.logout().catch(() => undefined);
    router.replace('/login');
    router.refresh();
  }, [router]);

  const value = useMemo(() => ({ user: session.user, setSession, logout }), [session.user, logout]);

  return (
    <SessionContext.Provider value={value}>
      <AbilityProvider value={ability}>{children}</AbilityProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside the (admin) layout');
  return value;
}

/** For pieces shown both signed in and out (the language switch). */
export function useOptionalSession(): SessionValue | null {
  return useContext(SessionContext);
}
