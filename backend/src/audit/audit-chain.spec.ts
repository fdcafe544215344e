import { entryHash, GENESIS, payloadDigest } from './audit-chain';

describe('audit chain over payload digests', () => {
  const entry = {
    at: new Date('2026-12-07T10:00:00Z'),
    actorId: '0b8e4c1e-51f1-4b8f-9d52-3f0f7b2a6a11',
    action: 'update',
    entityType: 'Person',
    entityId: '5d1c9f0a-8b7e-4f6d-a3c2-1e0f9b8a7c6d',
  };
  const payload = { before: { phone: null }, after: { phone: '06 12 34 56 78', email: 'x@y.org' }, ip: '192.0.2.1' };

  it('does not depend on key order, and sees any change of the payload in its digest', () => {
    const reordered = { ip: payload.ip, after: { email: 'x@y.org', phone: '06 12 34 56 78' }, before: payload.before };
    expect(payloadDigest(reordered)).toBe(payloadDigest(payload));
    expect(payloadDigest({ ...payload, ip: null })).not.toBe(payloadDigest(payload));
  });

  it('chains the digest, not the payload: a redacted payload keeps the hash, a changed field does not', () => {
    const digest = payloadDigest(payload);
    const hash = entryHash(GENESIS, entry, digest);
    // After an erasure the payload differs but the stored digest (and so the hash) is the one recorded.
    expect(entryHash(GENESIS, entry, digest)).toBe(hash);
    expect(entryHash(GENESIS, { ...entry, action: 'create' }, digest)).not.toBe(hash);
    expect(entryHash(hash, entry, digest)).not.toBe(hash);
    expect(entryHash(GENESIS, entry, payloadDigest({ ...payload, ip: null }))).not.toBe(hash);
  });
});
