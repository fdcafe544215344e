import { LRUCache } from 'lru-cache';
import type { AppAbility } from '../permissions/ability';
import type { AuthUser, SessionFacts } from '../permissions/auth-user';

export interface ResolvedSession {
  user: AuthUser;
  csrfToken: string;
  ability: AppAbility;
  facts: SessionFacts;
}

/**
 * Resolved sessions, with their built ability, kept in memory for a few seconds so that a request costs no
 * session round trip. It is only trusted while someone tells it of every change to rights (SessionInvalidation:
 * PostgreSQL NOTIFY from other processes, and this process's own change requests): `clear` drops everything, and a
 * lookup that began before a clear is not stored, since it may have read the old state.
 */
export class SessionCache {
  private readonly entries: LRUCache<string, ResolvedSession> | null;
  private generation = 0;
  private live = false;

  constructor(
    private readonly ttlMs: number,
    max = 10_000,
  ) {
    this.entries = ttlMs > 0 ? new LRUCache({ max, ttl: ttlMs }) : null;
  }

  get(sessionId: string): ResolvedSession | undefined {
    return this.live ? this.entries?.get(sessionId) : undefined;
  }

  /** Call before reading the database; hand the result back to `store`. */
  begin(): number {
    return this.generation;
  }

  /** Kept until the TTL, and never past the session's absolute expiry. */
  store(generation: number, sessionId: string, session: ResolvedSession, expiresAt: Date): void {
    const ttl = Math.min(this.ttlMs, expiresAt.getTime() - Date.now());
    if (this.live && generation === this.generation && ttl > 0) this.entries?.set(sessionId, session, { ttl });
  }

  clear(): void {
    this.generation++;
    this.entries?.clear();
  }

  /**
   * Off while nobody can tell it of changes (no LISTEN connection); cleared both ways, as changes may have been missed.
   */
  setLive(live: boolean): void {
    this.clear();
    this.live = live && this.entries !== null;
  }

  /** SESSION_CACHE_SECONDS = 0 turns it off for good. */
  get enabled(): boolean {
    return this.entries !== null;
  }

  get isLive(): boolean {
    return this.live;
  }
}
