import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { sha256 } from './session.service';

export const TOTP_ISSUER = 'Maillage';
const RECOVERY_CODES = 10;

export const newTotpSecret = () => generateSecret();
export const totpUri = (secret: string, email: string) => generateURI({ issuer: TOTP_ISSUER, label: email, secret });

/**
 * The time step a six-digit code is good for (one step of clock drift either way), or null. A step at or before
 * `lastStep` is refused: each code works once.
 */
export async function acceptedStep(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  return result.valid ? (result as { timeStep: number }).timeStep : null;
}

/** Ten codes of ten letters and digits (about 49 bits each), shown once; only their hashes are kept. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  // No 0/o, 1/l/i: read from paper.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const codes = Array.from({ length: RECOVERY_CODES }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map(recoveryHash) };
}

export const recoveryHash = (code: string) => sha256(code.trim().toLowerCase().replace(/\s+/g, ''));
