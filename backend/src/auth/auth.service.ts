import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { packRules } from '@casl/ability/extra';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { Gone, NotFound, TooManyRequests, Unauthenticated, ValidationFailed } from '../common/errors';
import { RateLimitService } from '../common/rate-limit.service';
import type { RequestContext, SignedInContext } from '../common/request-context';
import { MailService } from '../mail/mail.service';
import { Outbox } from '../outbox/outbox.service';
import { defineAbilityFor, type AppAbility } from '../permissions/ability';
import type { AuthUser, SessionFacts } from '../permissions/auth-user';
import { Account, type AccountPerson } from './account.entity';
import { AccountToken, TokenPurpose } from './account-token.entity';
import type { ChangeEmailDto, ChangePasswordDto, LoginDto, TokenPasswordDto } from './dto/auth.dto';
import type { InvitationResponse, MeResponse } from './dto/auth.response';
import type { SessionResponse } from './dto/security.response';
import { burnVerification, checkCurrentPassword, hashPassword, isStrongPassword, verifyPassword } from './password';
import type { ReauthenticateDto } from './dto/security.dto';
import { SecondFactorService } from './second-factor.service';
import { Session } from './session.entity';
import { randomToken, SessionService, sha256 } from './session.service';
import { AuthError } from './auth.errors';

export interface SignedIn {
  token: string;
  csrfToken: string;
  me: MeResponse;
}

const PASSWORD_RESET_JOB = 'password_reset';
interface ResetRequest {
  email: string;
  ip: string | null;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
    private readonly mail: MailService,
    private readonly outbox: Outbox,
    private readonly secondFactor: SecondFactorService,
  ) {
    outbox.register<ResetRequest>(PASSWORD_RESET_JOB, (em, request) => this.sendPasswordReset(em, request));
  }

  /** `ability`: the one the request already carries, when the user is the request's own. */
  me(user: AuthUser, facts: SessionFacts, ability: AppAbility = defineAbilityFor(user)): MeResponse {
    const { sessionId: _, ...visible } = user;
    return {
      user: { ...visible, displayName: `${user.firstName} ${user.lastName}`, secondFactor: facts.secondFactor },
      rules: packRules(ability.rules),
    };
  }

  async login(ctx: RequestContext, dto: LoginDto, userAgent: string | null): Promise<SignedIn> {
    const buckets = [`login:email:${dto.email}`, `login:ip:${ctx.ip}`];
    const { LOGIN_MAX_ATTEMPTS: max, LOGIN_WINDOW_MINUTES: window } = this.config;
    for (const b of buckets) {
      if (await this.rateLimit.isLimited(b, b.startsWith('login:ip') ? max * 5 : max, window)) {
        await this.audit.recordNow(ctx, {
          action: 'login_rate_limited',
          entityType: 'Account',
          after: { email: dto.email },
        });
        throw new TooManyRequests();
      }
    }
    const account = await this.db
      .getRepository(Account)
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.email = :email', { email: dto.email })
      .getOne();
    const ok =
      account?.passwordHash && !account.disabledAt
        ? await verifyPassword(account.passwordHash, dto.password)
        : (await burnVerification(dto.password), false);
    if (!ok || !account)
      return this.refuse(
        ctx,
        dto.email,
        buckets,
        account?.id,
        'login_failed',
        new Unauthenticated(AuthError.InvalidCredentials),
      );
    if (account.totpEnabledAt) {
      // Asked for only once the password is right: the form then sends both again, with the code.
      if (!dto.code) throw new Unauthenticated(AuthError.SecondFactorRequired);
      const code = dto.code;
      if (!(await this.db.transaction((em) => this.secondFactor.verify(em, account.id, code)))) {
        return this.refuse(
          ctx,
          dto.email,
          buckets,
          account.id,
          'login_second_factor_failed',
          new Unauthenticated(AuthError.InvalidSecondFactor),
        );
      }
    }
    await this.rateLimit.clear(buckets[0]);
    return this.signIn(account.id, ctx, userAgent, 'login');
  }

  /** A failed sign-in counts against the email and the address, and is audited. */
  private async refuse(
    ctx: RequestContext,
    email: string,
    buckets: string[],
    accountId: string | undefined,
    action: string,
    error: Unauthenticated,
  ): Promise<never> {
    for (const b of buckets) await this.rateLimit.hit(b, Number.MAX_SAFE_INTEGER, this.config.LOGIN_WINDOW_MINUTES);
    this.logger.warn(`${action} for ${email} from ${ctx.ip}`);
    await this.audit.recordNow(ctx, { action, entityType: 'Account', entityId: accountId, after: { email } });
    throw error;
  }

  private async signIn(
    accountId: string,
    ctx: RequestContext,
    userAgent: string | null,
    action: string,
    em?: EntityManager,
  ): Promise<SignedIn> {
    const run = async (tx: EntityManager) => {
      const cookies = await this.sessions.create(tx, accountId, ctx.ip, userAgent);
      await tx.update(Account, accountId, { lastLoginAt: new Date() });
      await this.audit.record(
        tx,
        { user: { id: accountId } as AuthUser, ip: ctx.ip },
        { action, entityType: 'Account', entityId: accountId },
      );
      return cookies;
    };
    const cookies = em ? await run(em) : await this.db.transaction(run);
    const { user, facts } = await this.sessions.loadUser(accountId, sha256(cookies.token));
    this.logger.log(`${action}: account ${accountId} from ${ctx.ip}`);
    return { ...cookies, me: this.me(user, facts) };
  }

  async logout(ctx: SignedInContext, token: string): Promise<void> {
    await this.db.transaction(async (em) => {
      await em.delete(Session, { tokenHash: sha256(token) });
      await this.audit.record(em, ctx, { action: 'logout', entityType: 'Account', entityId: ctx.user.id });
    });
  }

  async changePassword(ctx: SignedInContext, dto: ChangePasswordDto): Promise<void> {
    await checkCurrentPassword(this.db, ctx.user.id, dto.currentPassword);
    if (!isStrongPassword(dto.newPassword, [ctx.user.email.split('@')[0], ctx.user.firstName, ctx.user.lastName])) {
      throw ValidationFailed.field('newPassword', AuthError.PasswordTooWeak);
    }
    const passwordHash = await hashPassword(dto.newPassword);
    await this.db.transaction(async (em) => {
      await em.update(Account, ctx.user.id, { passwordHash });
      await this.sessions.destroyAllFor(em, ctx.user.id, ctx.user.sessionId);
      await this.audit.record(em, ctx, { action: 'password_change', entityType: 'Account', entityId: ctx.user.id });
    });
  }

  async changeEmail(ctx: SignedInContext, dto: ChangeEmailDto): Promise<MeResponse> {
    await checkCurrentPassword(this.db, ctx.user.id, dto.currentPassword);
    await this.db.transaction(async (em) => {
      const taken = await em.getRepository(Account).exists({ where: { email: dto.email } });
      if (taken && dto.email !== ctx.user.email) throw ValidationFailed.field('email', AuthError.AddressAlreadyUse);
      await em.update(Account, ctx.user.id, { email: dto.email });
      await em.update<AccountPerson>('Person', ctx.user.personId, { email: dto.email });
      await this.audit.record(em, ctx, {
        action: 'update',
        entityType: 'Account',
        entityId: ctx.user.id,
        before: { email: ctx.user.email },
        after: { email: dto.email },
      });
    });
    const { user, facts } = await this.sessions.loadUser(ctx.user.id, ctx.user.sessionId);
    return this.me(user, facts);
  }

  async changeLocale(ctx: SignedInContext, locale: 'fr' | 'en'): Promise<MeResponse> {
    await this.db.getRepository(Account).update(ctx.user.id, { locale });
    return this.me({ ...ctx.user, locale }, ctx.session);
  }

  /** Password (and code, with a second factor) asked again: sensitive actions accept the session for a while after. */
  async reauthenticate(ctx: SignedInContext, dto: ReauthenticateDto): Promise<void> {
    await this.rateLimit.hit(
      `reauth:account:${ctx.user.id}`,
      this.config.LOGIN_MAX_ATTEMPTS,
      this.config.LOGIN_WINDOW_MINUTES,
    );
    await checkCurrentPassword(this.db, ctx.user.id, dto.password, 'password');
    await this.db.transaction(async (em) => {
      if (
        ctx.session.secondFactor.enabled &&
        !(dto.code && (await this.secondFactor.verify(em, ctx.user.id, dto.code)))
      ) {
        throw ValidationFailed.field('code', AuthError.InvalidSecondFactor);
      }
      await this.sessions.markAuthenticated(em, ctx.user.sessionId);
      await this.audit.record(em, ctx, { action: 'reauthenticated', entityType: 'Account', entityId: ctx.user.id });
    });
  }

  listSessions(ctx: SignedInContext): Promise<SessionResponse[]> {
    return this.sessions.listFor(ctx.user.id, ctx.user.sessionId);
  }

  async endSession(ctx: SignedInContext, id: string): Promise<void> {
    await this.db.transaction(async (em) => {
      if (!(await this.sessions.destroyListed(em, ctx.user.id, id))) throw new NotFound();
      await this.audit.record(em, ctx, { action: 'session_ended', entityType: 'Account', entityId: ctx.user.id });
    });
  }

  /** "Sign out elsewhere": every session of the person but this one. */
  async endOtherSessions(ctx: SignedInContext): Promise<void> {
    await this.db.transaction(async (em) => {
      await this.sessions.destroyAllFor(em, ctx.user.id, ctx.user.sessionId);
      await this.audit.record(em, ctx, {
        action: 'other_sessions_ended',
        entityType: 'Account',
        entityId: ctx.user.id,
      });
    });
  }

  /**
   * Answers the same, in the same time, whether the email has an account or not: the request only records it, and
   * the outbox looks the account up, makes the link and mails it after the answer (`sendPasswordReset`).
   */
  async requestPasswordReset(ctx: RequestContext, email: string): Promise<void> {
    await this.rateLimit.hit(`reset:ip:${ctx.ip}`, 20, 60);
    await this.outbox.enqueue(this.db.manager, PASSWORD_RESET_JOB, { email, ip: ctx.ip } satisfies ResetRequest);
  }

  /** The outbox's half of a reset request, in the job's transaction: nothing for an unknown or disabled account. */
  private async sendPasswordReset(em: EntityManager, { email, ip }: ResetRequest): Promise<void> {
    const account = await em
      .getRepository(Account)
      .findOne({ where: { email, disabledAt: IsNull() }, relations: { person: true } });
    if (!account) return;
    if (await this.rateLimit.isLimited(`reset:email:${email}`, 3, 60)) return;
    await this.rateLimit.hit(`reset:email:${email}`, Number.MAX_SAFE_INTEGER, 60);
    const token = randomToken();
    const expiresAt = new Date(Date.now() + this.config.PASSWORD_RESET_TTL_MINUTES * 60_000);
    // A new link replaces any older one still unused.
    await em.update(
      AccountToken,
      { accountId: account.id, purpose: 'password_reset', usedAt: IsNull() },
      { usedAt: new Date() },
    );
    await em.insert(AccountToken, {
      tokenHash: sha256(token),
      purpose: 'password_reset',
      accountId: account.id,
      expiresAt,
    });
    await this.audit.record(
      em,
      { user: null, ip },
      { action: 'password_reset_requested', entityType: 'Account', entityId: account.id },
    );
    await this.mail.enqueue(em, {
      to: account.email,
      template: 'password-reset',
      locale: account.locale,
      vars: {
        firstName: account.person.firstName,
        resetUrl: `${this.config.APP_URL}/reset-password?token=${token}`,
        expiresAt,
      },
    });
  }

  /** A usable token of that purpose, locked for the rest of the transaction so it is used once. */
  private async takeToken(em: EntityManager, token: string, purpose: TokenPurpose): Promise<AccountToken> {
    const row = await em
      .getRepository(AccountToken)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.tokenHash = :h AND t.purpose = :purpose', { h: sha256(token), purpose })
      .getOne();
    if (!row) throw new NotFound(AuthError.UnknownLink);
    if (row.usedAt || row.expiresAt < new Date()) throw new Gone(AuthError.LinkExpired);
    return row;
  }

  async confirmPasswordReset(ctx: RequestContext, dto: TokenPasswordDto): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    await this.db.transaction(async (em) => {
      const t = await this.takeToken(em, dto.token, 'password_reset');
      await em.update(AccountToken, t.id, { usedAt: new Date() });
      await em.update(Account, t.accountId, { passwordHash });
      await this.sessions.destroyAllFor(em, t.accountId);
      await this.audit.record(
        em,
        { ...ctx, user: { id: t.accountId } as AuthUser },
        { action: 'password_reset', entityType: 'Account', entityId: t.accountId },
      );
    });
  }

  async describeInvitation(token: string): Promise<InvitationResponse> {
    const t = await this.db.transaction((em) => this.takeToken(em, token, 'invitation'));
    const account = await this.db
      .getRepository(Account)
      .findOneOrFail({ where: { id: t.accountId }, relations: { person: true } });
    return {
      email: account.email,
      firstName: account.person.firstName,
      lastName: account.person.lastName,
      expiresAt: t.expiresAt,
    };
  }

  async acceptInvitation(ctx: RequestContext, dto: TokenPasswordDto, userAgent: string | null): Promise<SignedIn> {
    const passwordHash = await hashPassword(dto.password);
    return this.db.transaction(async (em) => {
      const t = await this.takeToken(em, dto.token, 'invitation');
      await em.update(AccountToken, t.id, { usedAt: new Date() });
      await em.update(Account, t.accountId, { passwordHash });
      return this.signIn(t.accountId, ctx, userAgent, 'invitation_accepted', em);
    });
  }
}
