import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { Conflict, Forbidden, NotFound } from '../common/errors';
import type { Page } from '../common/pagination';
import type { SignedInContext } from '../common/request-context';
import { MailService } from '../mail/mail.service';
import { whereAllowed } from '../permissions/casl-to-sql';
import { Account, type AccountPerson } from './account.entity';
import { AccountToken } from './account-token.entity';
import type { AccountQuery, InviteDto } from './dto/accounts.dto';
import type { AccountResponse as AccountView, InvitationSentResponse } from './dto/accounts.response';
import type { Role } from './roles';
import { randomToken, SessionService, sha256 } from './session.service';
import { AuthError } from './auth.errors';

const view = (a: Account): AccountView => ({
  id: a.id,
  email: a.email,
  displayName: `${a.person.firstName} ${a.person.lastName}`,
  personId: a.personId,
  roles: a.roles,
  locale: a.locale,
  disabledAt: a.disabledAt,
  // Invited but never through the invitation: no password yet (read, never sent).
  invitationPending: a.passwordHash === null,
  lastLoginAt: a.lastLoginAt,
  createdAt: a.createdAt,
});

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
  ) {}

  async list(ctx: SignedInContext, q: AccountQuery): Promise<Page<AccountView>> {
    const qb = this.db
      .getRepository(Account)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .innerJoinAndSelect('account.person', 'person');
    whereAllowed(qb, ctx.ability, 'read', 'Account');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('account.email LIKE :like', { like })
            .orWhere(`lower(person.first_name || ' ' || person.last_name) LIKE :like`, { like }),
        ),
      );
    }
    if (q.role) qb.andWhere(':role = ANY(account.roles)', { role: q.role });
    if (q.invitationPending) qb.andWhere('account.password_hash IS NULL');
    qb.orderBy('person.last_name', q.order === 'desc' ? 'DESC' : 'ASC').addOrderBy('account.id');
    const [rows, total] = await qb
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    return { items: rows.map(view), total, page: q.page, pageSize: q.pageSize };
  }

  private async load(id: string): Promise<Account> {
    const a = await this.db
      .getRepository(Account)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .innerJoinAndSelect('account.person', 'person')
      .where('account.id = :id', { id })
      .getOne();
    if (!a) throw new NotFound();
    return a;
  }

  /** Only an admin hands out the admin role. */
  private checkGrantable(ctx: SignedInContext, roles: Role[]): void {
    if (roles.includes('admin') && !ctx.user.roles.includes('admin')) {
      throw new Forbidden(AuthError.OnlyAdminCanGrantAdmin);
    }
  }

  async invite(ctx: SignedInContext, dto: InviteDto): Promise<InvitationSentResponse> {
    this.checkGrantable(ctx, dto.roles);
    const { token, expiresAt } = this.newToken();
    const account = await this.db.transaction(async (em) => {
      if (await em.getRepository(Account).exists({ where: { email: dto.email } })) {
        throw new Conflict(AuthError.AccountAlreadyExistsAddress, {
          email: [AuthError.AccountAlreadyExistsAddress],
        });
      }
      let person = await em
        .getRepository<AccountPerson>('Person')
        .createQueryBuilder('p')
        .where('lower(p.email) = :email', { email: dto.email })
        .getOne();
      if (!person) {
        person = await em.save(
          em
            .getRepository<AccountPerson>('Person')
            .create({ firstName: dto.firstName, lastName: dto.lastName, email: dto.email }),
        );
        await this.audit.record(em, ctx, {
          action: 'create',
          entityType: 'Person',
          entityId: person.id,
          after: person,
        });
      }
      const role = dto.roles.includes('copil')
        ? 'copil_member'
        : dto.roles.includes('volunteer')
          ? 'volunteer'
          : 'staff';
      for (const organisationId of dto.organisationIds ?? []) {
        await em
          .createQueryBuilder()
          .insert()
          .into('Membership')
          .values({ personId: person.id, organisationId, role })
          .orIgnore()
          .execute();
      }
      const created = await em.save(
        em.create(Account, {
          personId: person.id,
          email: dto.email,
          roles: dto.roles,
          locale: dto.locale ?? 'fr',
          passwordHash: null,
        }),
      );
      await this.audit.record(em, ctx, {
        action: 'invite',
        entityType: 'Account',
        entityId: created.id,
        after: { email: dto.email, roles: dto.roles, organisationIds: dto.organisationIds ?? [] },
      });
      await this.sendInvitation(em, ctx, { ...created, person }, token, expiresAt);
      return created;
    });
    return { id: account.id, email: account.email, expiresAt };
  }

  /** A new link for an invitation not yet accepted: the links sent before stop working. */
  async resendInvitation(ctx: SignedInContext, id: string): Promise<InvitationSentResponse> {
    const account = await this.load(id);
    const { token, expiresAt } = this.newToken();
    await this.db.transaction(async (em) => {
      await this.endInvitation(em, account);
      await this.audit.record(em, ctx, {
        action: 'invite',
        entityType: 'Account',
        entityId: id,
        after: { email: account.email, resent: true },
      });
      await this.sendInvitation(em, ctx, account, token, expiresAt);
    });
    return { id, email: account.email, expiresAt };
  }

  /** Withdraws an invitation not yet accepted: its links stop working and the account stays disabled. */
  async revokeInvitation(ctx: SignedInContext, id: string): Promise<AccountView> {
    const account = await this.load(id);
    const disabledAt = new Date();
    await this.db.transaction(async (em) => {
      await this.endInvitation(em, account);
      await em.update(Account, id, { disabledAt });
      await this.audit.record(em, ctx, {
        action: 'disable',
        entityType: 'Account',
        entityId: id,
        after: { invitationRevoked: true },
      });
    });
    return view({ ...account, disabledAt });
  }

  /** Kills the pending invitation links of an account that has not accepted yet (nor been revoked). */
  private async endInvitation(em: EntityManager, account: Account): Promise<void> {
    if (account.passwordHash !== null) throw new Conflict(AuthError.InvitationAlreadyAccepted);
    if (account.disabledAt) throw new Conflict(AuthError.InvitationRevoked);
    await em
      .createQueryBuilder()
      .update(AccountToken)
      .set({ usedAt: () => 'now()' })
      .where("account_id = :id AND purpose = 'invitation' AND used_at IS NULL", { id: account.id })
      .execute();
  }

  private newToken() {
    return {
      token: randomToken(),
      expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3600_000),
    };
  }

  /** Stores the link's hash and queues the mail, which names the organisations the person sits at the COPIL for. */
  private async sendInvitation(
    em: EntityManager,
    ctx: SignedInContext,
    account: Pick<Account, 'id' | 'email' | 'roles' | 'locale'> & { person: Pick<AccountPerson, 'id' | 'firstName'> },
    token: string,
    expiresAt: Date,
  ): Promise<void> {
    await em.insert(AccountToken, {
      tokenHash: sha256(token),
      purpose: 'invitation',
      accountId: account.id,
      createdById: ctx.user.id,
      expiresAt,
    });
    const seats = account.roles.includes('copil')
      ? await em
          .createQueryBuilder()
          .select('o.name', 'name')
          .from('Membership', 'm')
          .innerJoin('Organisation', 'o', 'o.id = m.organisation_id')
          .where("m.person_id = :id AND m.role = 'copil_member'", { id: account.person.id })
          .orderBy('o.name')
          .getRawMany<{ name: string }>()
      : [];
    await this.mail.enqueue(em, {
      to: account.email,
      template: 'invitation',
      locale: account.locale,
      vars: {
        firstName: account.person.firstName,
        inviterName: `${ctx.user.firstName} ${ctx.user.lastName}`,
        roles: account.roles,
        copilSeats: seats.map((s) => s.name),
        acceptUrl: `${this.config.APP_URL}/invitation?token=${token}`,
        expiresAt,
      },
    });
  }

  async setRoles(ctx: SignedInContext, id: string, roles: Role[]): Promise<AccountView> {
    const account = await this.load(id);
    if (!ctx.ability.can('update', account)) throw new Forbidden();
    this.checkGrantable(ctx, roles);
    await this.db.transaction(async (em) => {
      await this.keepOneAdmin(em, account, roles, null);
      await em.update(Account, id, { roles });
      await this.audit.record(em, ctx, {
        action: 'role_change',
        entityType: 'Account',
        entityId: id,
        before: { roles: account.roles },
        after: { roles },
      });
    });
    return view({ ...account, roles });
  }

  async setDisabled(ctx: SignedInContext, id: string, disabled: boolean): Promise<AccountView> {
    const account = await this.load(id);
    if (!ctx.ability.can('update', account)) throw new Forbidden();
    const disabledAt = disabled ? new Date() : null;
    await this.db.transaction(async (em) => {
      if (disabled) {
        await this.keepOneAdmin(em, account, account.roles, disabledAt);
        // Disabling ends the person's sessions at once.
        await this.sessions.destroyAllFor(em, id);
      }
      await em.update(Account, id, { disabledAt });
      await this.audit.record(em, ctx, {
        action: disabled ? 'disable' : 'enable',
        entityType: 'Account',
        entityId: id,
      });
    });
    return view({ ...account, disabledAt });
  }

  /** Nobody can lock the network out of its own administration. */
  private async keepOneAdmin(em: EntityManager, account: Account, roles: Role[], disabledAt: Date | null) {
    const losing = account.roles.includes('admin') && (!roles.includes('admin') || disabledAt);
    if (!losing) return;
    const n = await em
      .createQueryBuilder(Account, 'a')
      .where(`'admin' = ANY(a.roles)`)
      .andWhere('a.disabled_at IS NULL')
      .andWhere('a.id <> :id', { id: account.id })
      .getCount();
    if (n === 0) throw new Conflict(AuthError.LastAdmin);
  }
}
