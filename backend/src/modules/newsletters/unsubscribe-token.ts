import { createHmac, timingSafeEqual } from 'node:crypto';

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidText = (b: Buffer) => b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
const mac = (secret: string, subscriberId: string, listId: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${subscriberId}:${listId}`).digest().subarray(0, 16);

/**
 * The token of an unsubscribe link: subscriber id, list id and a 128-bit HMAC over both (base64url, 64 characters).
 * Nothing is stored, so every mail of every issue carries a link that works at once and only for that pair.
 */
export function unsubscribeToken(secret: string, subscriberId: string, listId: string): string {
  return Buffer.concat([uuidBytes(subscriberId), uuidBytes(listId), mac(secret, subscriberId, listId)]).toString(
    'base64url',
  );
}

/** The (subscriber, list) a token was made for, or null when it was not made with this secret. */
export function readUnsubscribeToken(secret: string, token: string): { subscriberId: string; listId: string } | null {
  if (!/^[A-Za-z0-9_-]{64}$/.test(token)) return null;
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 48) return null;
  const subscriberId = uuidText(raw.subarray(0, 16));
  const listId = uuidText(raw.subarray(16, 32));
  return timingSafeEqual(raw.subarray(32), mac(secret, subscriberId, listId)) ? { subscriberId, listId } : null;
}
