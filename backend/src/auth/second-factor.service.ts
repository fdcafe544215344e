import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Conflict, ValidationFailed } from '../common/errors';
import type { SignedInContext } from '../common/request-context';
import { Account } from './account.entity';
import type { SecondFactorDto } from './dto/security.dto';
import type {
  RecoveryCodesResponse,
  SecondFactorSetupResponse,
  SecuritySettingsResponse,
} from './dto/security.response';
import { checkCurrentPassword } from './password';
import type { Role } from './roles';
import { acceptedStep, newRecoveryCodes, newTotpSecret, recoveryHash, totpUri } from './second-factor';
import { SecuritySettings } from './security-settings.entity';
import { AuthError } from './auth.errors';

/** TOTP second factor with recovery codes, and the admin's choice of roles that must have one. */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Whether `code` (six digits from the app, or an unused recovery code) proves the account's second factor. A code
   * accepted is spent, in `em`'s transaction: the same TOTP step or recovery code never works twice.
   */
  async verify(em: EntityManager, accountId: string, code: string): Promise<boolean> {
    const a = await em
      .getRepository(Account)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .addSelect(['a.totpSecret', 'a.totpLastStep', 'a.recoveryCodeHashes'])
      .where('a.id = :id', { id: accountId })
      .getOneOrFail();
    if (!a.totpSecret) return false;
    const step = await acceptedStep(a.totpSecret, code.trim(), a.totpLastStep === null ? null : Number(a.totpLastStep));
    if (step !== null) {
      await em.update(Account, accountId, { totpLastStep: String(step) });
      return true;
    }
    const hash = recoveryHash(code);
    if (!a.recoveryCodeHashes.includes(hash)) return false;
    await em.update(Account, accountId, { recoveryCodeHashes: a.recoveryCodeHashes.filter((h) => h !== hash) });
    return true;
  }

  /** Step one of enrolment: a new secret for the app (as a QR code's otpauth URI), kept pending until step two. */
  async setup(ctx: SignedInContext): Promise<SecondFactorSetupResponse> {
    if (await this.isEnabled(ctx.user.id)) throw new Conflict(AuthError.TwoFactorAuthenticationAlready);
    const secret = newTotpSecret();
    await this.db.getRepository(Account).update(ctx.user.id, { totpPendingSecret: secret });
    return { secret, otpauthUri: totpUri(secret, ctx.user.email) };
  }

  /** Step two: the password again and a first code from the app turn it on; the recovery codes are shown once. */
  async enable(ctx: SignedInContext, dto: SecondFactorDto): Promise<RecoveryCodesResponse> {
    await checkCurrentPassword(this.db, ctx.user.id, dto.currentPassword);
    return this.db.transaction(async (em) => {
      const a = await em
        .getRepository(Account)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .addSelect('a.totpPendingSecret')
        .where('a.id = :id', { id: ctx.user.id })
        .getOneOrFail();
      const step = a.totpPendingSecret ? await acceptedStep(a.totpPendingSecret, dto.code, null) : null;
      if (step === null) throw ValidationFailed.field('code', AuthError.InvalidSecondFactor);
      const { codes, hashes } = newRecoveryCodes();
      await em.update(Account, ctx.user.id, {
        totpSecret: a.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: new Date(),
        totpLastStep: String(step),
        recoveryCodeHashes: hashes,
      });
      await this.audit.record(em, ctx, {
        action: 'second_factor_enabled',
        entityType: 'Account',
        entityId: ctx.user.id,
      });
      return { recoveryCodes: codes };
    });
  }

  /** New recovery codes (the old ones stop working), for whoever used or lost theirs. */
  async renewRecoveryCodes(ctx: SignedInContext, dto: SecondFactorDto): Promise<RecoveryCodesResponse> {
    await checkCurrentPassword(this.db, ctx.user.id, dto.currentPassword);
    return this.db.transaction(async (em) => {
      if (!(await this.verify(em, ctx.user.id, dto.code)))
        throw ValidationFailed.field('code', AuthError.InvalidSecondFactor);
      const { codes, hashes } = newRecoveryCodes();
      await em.update(Account, ctx.user.id, { recoveryCodeHashes: hashes });
      await this.audit.record(em, ctx, {
        action: 'recovery_codes_renewed',
        entityType: 'Account',
        entityId: ctx.user.id,
      });
      return { recoveryCodes: codes };
    });
  }

  /** Off again, with the password and a code; not for a role that must keep it. */
  async disable(ctx: SignedInContext, dto: SecondFactorDto): Promise<void> {
    if (ctx.session.secondFactor.required) {
      throw new Conflict(AuthError.RoleRequiresTwoFactorAuthentication);
    }
    await checkCurrentPassword(this.db, ctx.user.id, dto.currentPassword);
    await this.db.transaction(async (em) => {
      if (!(await this.verify(em, ctx.user.id, dto.code)))
        throw ValidationFailed.field('code', AuthError.InvalidSecondFactor);
      await em.update(Account, ctx.user.id, {
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        recoveryCodeHashes: [],
      });
      await this.audit.record(em, ctx, {
        action: 'second_factor_disabled',
        entityType: 'Account',
        entityId: ctx.user.id,
      });
    });
  }

  async settings(): Promise<SecuritySettingsResponse> {
    const row = await this.db.getRepository(SecuritySettings).findOne({ where: { id: 1 } });
    return { totpRequiredFor: row?.totpRequiredFor ?? [] };
  }

  async updateSettings(ctx: SignedInContext, totpRequiredFor: Role[]): Promise<SecuritySettingsResponse> {
    const before = await this.settings();
    await this.db.transaction(async (em) => {
      await em.upsert(SecuritySettings, { id: 1, totpRequiredFor }, ['id']);
      await this.audit.record(em, ctx, {
        action: 'update',
        entityType: 'SecuritySettings',
        before,
        after: { totpRequiredFor },
      });
    });
    return { totpRequiredFor };
  }

  private async isEnabled(accountId: string): Promise<boolean> {
    return this.db.getRepository(Account).exists({ where: { id: accountId, totpEnabledAt: Not(IsNull()) } });
  }
}
