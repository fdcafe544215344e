import { createHmac, timingSafeEqual } from 'node:crypto';

/** 80 bits of HMAC: enough that nobody guesses one, short enough for a local part (64 characters at most). */
const MAC_HEX = 20;
const mac = (secret: string, deliveryId: string) =>
  createHmac('sha256', secret).update(`return:${deliveryId}`).digest('hex').slice(0, MAC_HEX);

/**
 * The token that names one delivery in the addresses a message carries (`bounces+<token>@…`, the mailto of
 * List-Unsubscribe, the Message-ID): its id and an HMAC over it. Lower-case and digits only, since relays and
 * mailboxes may change the case of a local part.
 */
export function returnToken(secret: string, deliveryId: string): string {
  return `${deliveryId}-${mac(secret, deliveryId)}`;
}

/** The delivery a token was made for, or null when it was not made with this secret. */
export function readReturnToken(secret: string, token: string): string | null {
  const m = /^(\d{1,18})-([0-9a-f]{20})$/.exec(token.toLowerCase());
  if (!m) return null;
  const expected = Buffer.from(mac(secret, m[1]));
  return timingSafeEqual(Buffer.from(m[2]), expected) ? m[1] : null;
}

/** `local@domain` with the token after a `+` (subaddressing: the mailbox of `local` receives it). */
export function taggedAddress(address: string, token: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, at)}+${token}${address.slice(at)}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every delivery named in `text` by `local+<token>@domain` of that address, with a valid token, in order. */
export function tokensIn(secret: string, address: string, text: string): string[] {
  const at = address.lastIndexOf('@');
  const pattern = new RegExp(
    `${escape(address.slice(0, at))}\\+([0-9]{1,18}-[0-9a-fA-F]{20})${escape(address.slice(at))}`,
    'gi',
  );
  const found = [...text.matchAll(pattern)].map((m) => readReturnToken(secret, m[1]));
  return [...new Set(found.filter((id): id is string => id !== null))];
}

/** Every delivery named anywhere in `text` by a valid token (a Message-ID, a relay's custom id…). */
export function anyTokensIn(secret: string, text: string): string[] {
  const found = [...text.matchAll(/\b(\d{1,18}-[0-9a-fA-F]{20})\b/g)].map((m) => readReturnToken(secret, m[1]));
  return [...new Set(found.filter((id): id is string => id !== null))];
}
