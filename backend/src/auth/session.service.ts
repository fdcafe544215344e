import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { defineAbilityFor } from '../permissions/ability';
import type { AuthUser } from '../permissions/auth-user';
import { groupScopesSql } from '../modules/working-groups/scopes';
import { SessionCache, type ResolvedSession } from './session-cache';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'maillage_session';
export const CSRF_COOKIE = 'maillage_csrf';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const randomToken = () => randomBytes(32).toString('base64url');

/** SQL of a signed-in person's scopes; later domains add theirs here (e.g. the groups a wg_lead leads). */
const USER_SELECT = `
  a.id, a.person_id, a.email, a.roles, a.locale, p.first_name, p.last_name,
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
       SELECT ${USER_SELECT}, s.csrf_token, s.expires_at
       FROM sessions s
       JOIN accounts a ON a.id = s.account_id AND a.disabled_at IS NULL
       JOIN people p ON p.id = a.person_id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [sessionId, this.config.SESSION_IDLE_MINUTES],
    );
    const r = rows[0];
    if (!r) return null;
    const user: AuthUser = { ...toAuthUser(r), sessionId };
    const session = { user, csrfToken: r.csrf_token as string, ability: defineAbilityFor(user) };
    this.cache.store(generation, sessionId, session, r.expires_at as Date);
    return session;
  }

  async loadUser(accountId: string, sessionId: string): Promise<AuthUser> {
    const [r] = await this.db.query(
      `SELECT ${USER_SELECT} FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.id = $1`,
      [accountId],
    );
    return { ...toAuthUser(r), sessionId };
  }

  async destroy(token: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(token)]);
    this.cache.clear();
  }

  /** Ends every session of an account (disabled, password changed), except optionally the current one. */
  async destroyAllFor(em: EntityManager, accountId: string, exceptSessionId?: string): Promise<void> {
    await em.query('DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2', [accountId, exceptSessionId ?? '']);
  }

  async purgeExpired(): Promise<void> {
    await this.db.query(
      `DELETE FROM sessions WHERE expires_at < now() OR last_seen_at < now() - make_interval(mins => $1)`,
      [this.config.SESSION_IDLE_MINUTES],
    );
  }
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
