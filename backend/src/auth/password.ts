import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { ValidationFailed } from '../common/errors';
import { Account } from './account.entity';
import { COMMON_PASSWORDS } from './common-passwords';
import { AuthError } from './auth.errors';

export const MIN_PASSWORD_LENGTH = 12;

/** At least 12 characters, not a known common password nor a trivial variation of one. */
export function isStrongPassword(password: string, context: string[] = []): boolean {
  if (typeof password !== 'string' || [...password].length < MIN_PASSWORD_LENGTH || password.length > 200) return false;
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return false;
  const stripped = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stripped)) return false;
  return !context.some((c) => c.length >= 4 && lower.includes(c.toLowerCase()));
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

/** Verifying against a throwaway hash when the email is unknown keeps the timing of both answers alike. */
let dummyHash: Promise<string> | undefined;
export async function burnVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword('maillage-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

/** The signed-in person's password, asked again before a change that matters; a 400 on `field` when wrong. */
export async function checkCurrentPassword(
  db: DataSource,
  accountId: string,
  password: string,
  field = 'currentPassword',
): Promise<void> {
  const account = await db
    .getRepository(Account)
    .createQueryBuilder('a')
    .addSelect('a.passwordHash')
    .where('a.id = :id', { id: accountId })
    .getOneOrFail();
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, password))) {
    throw ValidationFailed.field(field, AuthError.CurrentPasswordWrong);
  }
}
