import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { exec, many, maybeOne, one, sql, type Row } from '../database/sql';
import { col } from '../database/sql-columns';
import { defineAbilityFor } from '../permissions/ability';
import type { AuthUser, SessionFacts } from '../permissions/auth-user';
import { SessionCache, type ResolvedSession } from './session-cache';
import { SESSION_SCOPES_SQL, type SessionScopesSql } from './session-scopes';
import { Session } from './session.entity';
import type { SessionResponse } from './dto/security.response';
import { LOCALES } from './dto/auth.response';
import { ROLES } from './roles';

export const SESSION_COOKIE = 'maillage_session';

export const CSRF_COOKIE = 'maillage_csrf';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const randomToken = () => randomBytes(32).toString('base64url');

/** SQL of a signed-in person and their scopes; the group scopes come from the working-groups domain. */
const userSelect = (scopesSql: SessionScopesSql) =>
  sql.trusted(`
  a.id, a.person_id, a.email, a.roles, a.locale, p.first_name, p.last_name,
  a.totp_enabled_at IS NOT NULL AS totp_enabled,
  a.roles && COALESCE((SELECT totp_required_for FROM security_settings WHERE id = 1), '{}') AS totp_required,
  ARRAY(SELECT m.organisation_id FROM memberships m
        WHERE m.person_id = a.person_id AND m.role IN ('copil_member', 'representative')) AS organisation_ids,
  ${scopesSql('a.person_id')}`);

const USER_COLUMNS = {
  id: col.uuid,
  person_id: col.uuid,
  email: col.text,
  roles: col.array(col.oneOf(ROLES)),
  locale: col.oneOf(LOCALES),
  first_name: col.text,
  last_name: col.text,
  totp_enabled: col.bool,
  totp_required: col.bool,
  organisation_ids: col.array(col.uuid),
  group_ids: col.array(col.uuid),
  welcome_group_ids: col.array(col.uuid),
  member_group_ids: col.array(col.uuid),
  // Null only when loading a user for a session that is gone: treated as proved long ago.
  authenticated_at: col.timestamp.nullable,
};
type UserRow = Row<typeof USER_COLUMNS>;

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly cache: SessionCache,
    @Inject(SESSION_SCOPES_SQL) scopesSql: SessionScopesSql,
  ) {
    this.userSelect = userSelect(scopesSql);
  }

  private readonly userSelect: ReturnType<typeof userSelect>;

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
    const r = await maybeOne(
      this.db,
      sql`WITH touch AS (
         UPDATE sessions SET last_seen_at = now()
         WHERE token_hash = ${sessionId} AND last_seen_at < now() - interval '1 minute' AND expires_at > now()
       )
       SELECT ${this.userSelect}, s.csrf_token, s.expires_at, s.authenticated_at
       FROM sessions s
       JOIN accounts a ON a.id = s.account_id AND a.disabled_at IS NULL
       JOIN people p ON p.id = a.person_id
       WHERE s.token_hash = ${sessionId} AND s.expires_at > now()
         AND s.last_seen_at > now() - make_interval(mins => ${this.config.SESSION_IDLE_MINUTES})`,
      { ...USER_COLUMNS, authenticated_at: col.timestamp, csrf_token: col.text, expires_at: col.timestamp },
    );
    if (!r) return null;
    const user: AuthUser = { ...toAuthUser(r), sessionId };
    const session = { user, csrfToken: r.csrf_token, ability: defineAbilityFor(user), facts: toFacts(r) };
    this.cache.store(generation, sessionId, session, r.expires_at);
    return session;
  }

  async loadUser(accountId: string, sessionId: string): Promise<{ user: AuthUser; facts: SessionFacts }> {
    const r = await one(
      this.db,
      sql`SELECT ${this.userSelect}, (SELECT authenticated_at FROM sessions WHERE token_hash = ${sessionId}) AS authenticated_at
       FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.id = ${accountId}`,
      USER_COLUMNS,
    );
    return { user: { ...toAuthUser(r), sessionId }, facts: toFacts(r) };
  }

  async destroy(token: string): Promise<void> {
    await exec(this.db, sql`DELETE FROM sessions WHERE token_hash = ${sha256(token)}`);
    this.cache.clear();
  }

  /** Ends every session of an account (disabled, password changed), except optionally the current one. */
  async destroyAllFor(em: EntityManager, accountId: string, exceptSessionId?: string): Promise<void> {
    await exec(
      em,
      sql`DELETE FROM sessions WHERE account_id = ${accountId} AND token_hash <> ${exceptSessionId ?? ''}`,
    );
  }

  /** The account's sessions still alive, newest first; `id` is a prefix of the stored hash (never the cookie). */
  async listFor(accountId: string, currentSessionId: string): Promise<SessionResponse[]> {
    return many(
      this.db,
      sql`SELECT left(token_hash, 16) AS id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", ip,
              user_agent AS "userAgent", token_hash = ${currentSessionId} AS current
       FROM sessions WHERE account_id = ${accountId} AND expires_at > now()
         AND last_seen_at > now() - make_interval(mins => ${this.config.SESSION_IDLE_MINUTES})
       ORDER BY last_seen_at DESC`,
      {
        id: col.text,
        createdAt: col.timestamp,
        lastSeenAt: col.timestamp,
        ip: col.text.nullable,
        userAgent: col.text.nullable,
        current: col.bool,
      },
    );
  }

  /** Ends one of the account's sessions, found by its listed id; false when there is none. */
  async destroyListed(em: EntityManager, accountId: string, id: string): Promise<boolean> {
    return (
      (await exec(em, sql`DELETE FROM sessions WHERE account_id = ${accountId} AND left(token_hash, 16) = ${id}`)) > 0
    );
  }

  /** The person proved again who they are (password, and code when they have a second factor). */
  async markAuthenticated(em: EntityManager, sessionId: string): Promise<void> {
    await exec(em, sql`UPDATE sessions SET authenticated_at = now() WHERE token_hash = ${sessionId}`);
  }

  async purgeExpired(): Promise<void> {
    await exec(
      this.db,
      sql`DELETE FROM sessions WHERE expires_at < now() OR last_seen_at < now() - make_interval(mins => ${this.config.SESSION_IDLE_MINUTES})`,
    );
  }
}

function toFacts(r: UserRow): SessionFacts {
  return {
    secondFactor: { enabled: r.totp_enabled, required: r.totp_required },
    authenticatedAt: r.authenticated_at ?? new Date(0),
  };
}

function toAuthUser(r: UserRow): Omit<AuthUser, 'sessionId'> {
  return {
    id: r.id,
    personId: r.person_id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    roles: r.roles,
    organisationIds: r.organisation_ids,
    groupIds: r.group_ids,
    welcomeGroupIds: r.welcome_group_ids,
    memberGroupIds: r.member_group_ids,
    locale: r.locale,
  };
}
