import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long the web-version link of a test mail works: long enough to show the proof around, then it stops. */
export const PREVIEW_DAYS = 14;

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidText = (b: Buffer) => b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
const mac = (secret: string, issueId: string, expires: number) =>
  createHmac('sha256', secret).update(`preview:${issueId}:${expires}`).digest().subarray(0, 16);

/**
 * The token of a test mail's "see this issue in the browser" link: issue id, expiry (seconds since the epoch) and a
 * 128-bit HMAC over both (base64url). Nothing is stored; the link shows the issue's current content until it expires.
 */
export function previewToken(secret: string, issueId: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + PREVIEW_DAYS * 86_400;
  const at = Buffer.alloc(4);
  at.writeUInt32BE(expires);
  return Buffer.concat([uuidBytes(issueId), at, mac(secret, issueId, expires)]).toString('base64url');
}

/** The issue a token was made for, or null when it was not made with this secret or has expired. */
export function readPreviewToken(secret: string, token: string, now = new Date()): string | null {
  if (!/^[A-Za-z0-9_-]{48}$/.test(token)) return null;
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 36) return null;
  const issueId = uuidText(raw.subarray(0, 16));
  const expires = raw.readUInt32BE(16);
  if (!timingSafeEqual(raw.subarray(20), mac(secret, issueId, expires))) return null;
  return expires * 1000 > now.getTime() ? issueId : null;
}
