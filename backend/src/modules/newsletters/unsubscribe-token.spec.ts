import { randomUUID } from 'node:crypto';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';

const secret = 'a-secret-of-at-least-thirty-two-characters';

describe('unsubscribe token', () => {
  const subscriberId = randomUUID();
  const listId = randomUUID();

  it('carries the subscriber and the list, and nothing else reads as valid', () => {
    const token = unsubscribeToken(secret, subscriberId, listId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(readUnsubscribeToken(secret, token)).toEqual({ subscriberId, listId });
  });

  it('is bound to the pair: another list or subscriber with the same MAC is refused', () => {
    const token = unsubscribeToken(secret, subscriberId, listId);
    const raw = Buffer.from(token, 'base64url');
    Buffer.from(randomUUID().replace(/-/g, ''), 'hex').copy(raw, 16);
    expect(readUnsubscribeToken(secret, raw.toString('base64url'))).toBeNull();
  });

  it('is refused when made with another secret, tampered with or malformed', () => {
    const token = unsubscribeToken(secret, subscriberId, listId);
    expect(readUnsubscribeToken('another-secret-of-at-least-thirty-two-chars', token)).toBeNull();
    expect(readUnsubscribeToken(secret, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeNull();
    expect(readUnsubscribeToken(secret, 'test')).toBeNull();
    expect(readUnsubscribeToken(secret, '../'.repeat(30))).toBeNull();
  });
});
