import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { defineAbilityFor } from '../permissions/ability';
import type { AuthUser, SessionFacts } from '../permissions/auth-user';
import { groupScopesSql } from '../modules/working-groups/scopes';
import { SessionCache, type ResolvedSession } from './session-cache';
import { Session } from './session.entity';
import type { SessionResponse } from './dto/security.response';

export const SESSION_COOKIE = 'maillage_session';

export const CSRF_COOKIE = 'maillage_csrf';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const randomToken = () => randomBytes(32).toString('base64url');

/** SQL of a signed-in person's scopes; later domains add theirs here (e.g. the groups a wg_lead leads). */
const USER_SELECT = `
  a.id, a.person_id, a.email, a.roles, a.locale, p.first_name, p.last_name,
  a.totp_enabled_at IS NOT NULL AS totp_enabled,
  a.roles && COALESCE((SELECT totp_required_for FROM security_settings WHERE id = 1), '{}') AS totp_required,
  ARRAY(SELECT m.organisation_id FROM memberships m
        WHERE m.person_id = a.person_id AND m.role IN ('copil_member', 'representative')) AS organisation_ids,
  ${groupScopesSql('a.person_id')}`;

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly cache: SessionCache,
  ) {}

  /** A fresh session (new id at every login, so a planted cookie is useless). Returns the cookie values. */
  async create(em: EntityManager, accountId: string, ip: string | null, userAgent: string | null) {
    const token = randomToken();
    const csrfToken = randomToken();
    const now = new Date();
    await em.insert(Session, {
      tokenHash: sha256(token),
      accountId,
      csrfToken,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.SESSION_ABSOLUTE_HOURS * 3600_000),
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, csrfToken };
  }

  /**
   * From the cache when it holds the session; else one round trip that checks idle and absolute expiry and the
   * account's state, loads the person and their scopes, and refreshes last-seen at most once a minute (a write per
   * request would cost more than the read).
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const sessionId = sha256(token);
    const cached = this.cache.get(sessionId);
    if (cached) return cached;
    const generation = this.cache.begin();
    const rows: Record<string, unknown>[] = await this.db.query(
      `WITH touch AS (
         UPDATE sessions SET last_seen_at = now()
         WHERE token_hash = $1 AND last_seen_at < now() - interval '1 minute' AND expires_at > now()
       )
       SELECT ${USER_SELECT}, s.csrf_token, s.expires_at, s.authenticated_at
       FROM sessions s
       JOIN accounts a ON a.id = s.account_id AND a.disabled_at IS NULL
       JOIN people p ON p.id = a.person_id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [sessionId, this.config.SESSION_IDLE_MINUTES],
    );
    const r = rows[0];
    if (!r) return null;
    const user: AuthUser = { ...toAuthUser(r), sessionId };
    const session = { user, csrfToken: r.csrf_token as string, ability: defineAbilityFor(user), facts: toFacts(r) };
    this.cache.store(generation, sessionId, session, r.expires_at as Date);
    return session;
  }

  async loadUser(accountId: string, sessionId: string): Promise<{ user: AuthUser; facts: SessionFacts }> {
    const [r] = await this.db.query(
      `SELECT ${USER_SELECT}, (SELECT authenticated_at FROM sessions WHERE token_hash = $2) AS authenticated_at
       FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.id = $1`,
      [accountId, sessionId],
    );
    return { user: { ...toAuthUser(r), sessionId }, facts: toFacts(r) };
  }

  async destroy(token: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(token)]);
    this.cache.clear();
  }

  /** Ends every session of an account (disabled, password changed), except optionally the current one. */
  async destroyAllFor(em: EntityManager, accountId: string, exceptSessionId?: string): Promise<void> {
    await em.query('DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2', [accountId, exceptSessionId ?? '']);
  }

  /** The account's sessions still alive, newest first; `id` is a prefix of the stored hash (never the cookie). */
  async listFor(accountId: string, currentSessionId: string): Promise<SessionResponse[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT left(token_hash, 16) AS id, created_at, last_seen_at, ip, user_agent, token_hash = $2 AS current
       FROM sessions WHERE account_id = $1 AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $3)
       ORDER BY last_seen_at DESC`,
      [accountId, currentSessionId, this.config.SESSION_IDLE_MINUTES],
    );
    return rows.map((r) => ({
      id: r.id as string, createdAt: r.created_at as Date, lastSeenAt: r.last_seen_at as Date,
      ip: r.ip as string | null, userAgent: r.user_agent as string | null, current: r.current as boolean,
    }));
  }

  /** Ends one of the account's sessions, found by its listed id; false when there is none. */
  async destroyListed(em: EntityManager, accountId: string, id: string): Promise<boolean> {
    const [, count] = await em.query('DELETE FROM sessions WHERE account_id = $1 AND left(token_hash, 16) = $2', [accountId, id]);
    return count > 0;
  }

  /** The person proved again who they are (password, and code when they have a second factor). */
  async markAuthenticated(em: EntityManager, sessionId: string): Promise<void> {
    await em.query('UPDATE sessions SET authenticated_at = now() WHERE token_hash = $1', [sessionId]);
  }

  async purgeExpired(): Promise<void> {
    await this.db.query(
      `DELETE FROM sessions WHERE expires_at < now() OR last_seen_at < now() - make_interval(mins => $1)`,
      [this.config.SESSION_IDLE_MINUTES],
    );
  }
}

function toFacts(r: Record<string, unknown>): SessionFacts {
  return { secondFactor: { enabled: r.totp_enabled as boolean, required: r.totp_required as boolean }, authenticatedAt: r.authenticated_at as Date };
}

function toAuthUser(r: Record<string, unknown>): Omit<AuthUser, 'sessionId'> {
  return {
    id: r.id as string,
    personId: r.person_id as string,
    email: r.email as string,
    firstName: r.first_name as string,
    lastName: r.last_name as string,
    roles: r.roles as AuthUser['roles'],
    organisationIds: r.organisation_ids as string[],
    groupIds: (r.group_ids as string[] | undefined) ?? [],
    welcomeGroupIds: (r.welcome_group_ids as string[] | undefined) ?? [],
    memberGroupIds: (r.member_group_ids as string[] | undefined) ?? [],
    locale: r.locale as AuthUser['locale'],
  };
}
