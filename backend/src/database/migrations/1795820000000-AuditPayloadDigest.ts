import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain hashes each entry's payload (before, after, ip) through a digest kept beside it, so an erasure can
 * redact the payload without breaking the chain (docs/privacy.md). Existing entries are re-chained: the old chain is
 * checked first, entry by entry, and the upgrade stops at the first entry that does not verify, so tampering done
 * before the upgrade is not sealed into a fresh chain. UPDATE becomes allowed for redacting a payload only.
 *
 * The hashing is written out here, as it was when this migration was written: later code may move on.
 */
const GENESIS = '0'.repeat(64);

function canonical(v: unknown): unknown {
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

interface Row {
  id: string;
  at: Date;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  payload_digest: string | null;
  redacted_at: Date | null;
  prev_hash: string;
  hash: string;
}

export class AuditPayloadDigest1795820000000 implements MigrationInterface {
  name = 'AuditPayloadDigest1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "payload_digest" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "redacted_at" TIMESTAMP WITH TIME ZONE`);

    await rechain(queryRunner, payloadChain, (r, prev) =>
      sha256([
        prev,
        r.at.toISOString(),
        r.actor_id,
        r.action,
        r.entity_type,
        r.entity_id,
        sha256([r.before, r.after, r.ip]),
      ]),
    );

    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "payload_digest" SET NOT NULL`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE DELETE OR TRUNCATE ON "audit_log"
          FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
    // An erasure sets `maillage.audit_redaction` in its transaction; even then only the payload may change.
    await queryRunner.query(`CREATE FUNCTION audit_log_redact_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF current_setting('maillage.audit_redaction', true) IS DISTINCT FROM 'on' THEN
              RAISE EXCEPTION 'audit_log is append-only';
            END IF;
            IF (NEW.id, NEW.at, NEW.actor_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.payload_digest,
                NEW.prev_hash, NEW.hash) IS DISTINCT FROM (OLD.id, OLD.at, OLD.actor_id, OLD.action, OLD.entity_type,
                OLD.entity_id, OLD.payload_digest, OLD.prev_hash, OLD.hash) OR NEW.redacted_at IS NULL THEN
              RAISE EXCEPTION 'audit_log: only a payload may be redacted';
            END IF;
            RETURN NEW;
          END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_redact_only BEFORE UPDATE ON "audit_log"
          FOR EACH ROW EXECUTE FUNCTION audit_log_redact_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_redact_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_redact_only()`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    // Back to hashing the payloads themselves, as they are now (a redacted one included), after checking the chain.
    await rechain(queryRunner, digestChain, payloadChain);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "redacted_at"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "payload_digest"`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log"
          FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }
}

/** The hash an entry had under the chain being left, or null when its payload no longer matches its digest. */
type Check = (r: Row, prev: string) => string | null;

const payloadChain = (r: Row, prev: string): string =>
  sha256([prev, r.at.toISOString(), r.actor_id, r.action, r.entity_type, r.entity_id, r.before, r.after, r.ip]);

const digestChain: Check = (r, prev) =>
  r.redacted_at === null && sha256([r.before, r.after, r.ip]) !== r.payload_digest
    ? null
    : sha256([prev, r.at.toISOString(), r.actor_id, r.action, r.entity_type, r.entity_id, r.payload_digest]);

/** Walks the log in order, checks each entry against the chain being left, and writes its place in the new one. */
async function rechain(queryRunner: QueryRunner, check: Check, next: (r: Row, prev: string) => string): Promise<void> {
  let oldPrev = GENESIS;
  let newPrev = GENESIS;
  let lastId = '0';
  for (;;) {
    const rows = (await queryRunner.query(`SELECT * FROM audit_log WHERE id > $1 ORDER BY id LIMIT 1000`, [
      lastId,
    ])) as Row[];
    if (rows.length === 0) return;
    for (const r of rows) {
      if (r.prev_hash !== oldPrev || r.hash !== check(r, oldPrev))
        throw new Error(`audit chain broken at entry ${r.id}: investigate before migrating (npm run audit:verify)`);
      const hash = next(r, newPrev);
      await queryRunner.query(`UPDATE audit_log SET payload_digest = $2, prev_hash = $3, hash = $4 WHERE id = $1`, [
        r.id,
        sha256([r.before, r.after, r.ip]),
        newPrev,
        hash,
      ]);
      oldPrev = r.hash;
      newPrev = hash;
      lastId = r.id;
    }
  }
}
