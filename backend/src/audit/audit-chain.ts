import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain (docs/privacy.md). Each entry's hash covers the previous hash, who did what to which
 * record and when, and the sha256 digest of its payload (before, after, ip) — not the payload itself. An erasure can
 * therefore redact a payload (the person's name, email, IP) while the digest, and so the chain, stays as it was.
 */
export const GENESIS = '0'.repeat(64);

export interface ChainedFields {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
}

export interface Payload {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

/** JSON with sorted keys: jsonb does not keep key order, the hash must not depend on it. */
export function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

const sha256 = (v: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(canonical(v)))
    .digest('hex');

export const payloadDigest = (p: Payload): string => sha256([p.before, p.after, p.ip]);

export const entryHash = (prevHash: string, e: ChainedFields, digest: string): string =>
  sha256([prevHash, e.at.toISOString(), e.actorId, e.action, e.entityType, e.entityId, digest]);
