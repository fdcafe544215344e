import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import type { Page } from '../common/pagination';
import { whereAllowed } from '../permissions/casl-to-sql';
import { AuditEntry } from './audit-entry.entity';
import { entryHash, GENESIS, payloadDigest } from './audit-chain';
import type { AuditExportQuery, AuditQuery } from './dto/audit-query.dto';
import { inBatches, writeExport, type ExportFile } from '../common/exports/export-writer';
import { AUDIT_EXPORT, type AuditExportRow } from './audit-export';
import type { AuditEntryResponse as AuditView, AuditVerifyResponse } from './dto/audit.response';
import { auditNames } from './audit-names';
import { exec, maybeOne, sql } from '../database/sql';
import { col } from '../database/sql-columns';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
}

/** One lock id for the whole chain: entries are appended one at a time, in commit order. */
const CHAIN_LOCK = 727_001;

/** Keeps only the fields that changed, so an update's entry reads as "before → after". */
export function diff(
  before: object,
  after: object,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b = normalise(before);
  const a = normalise(after);
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const k of keys) {
    if (k === 'updatedAt') continue;
    if (JSON.stringify(b[k]) !== JSON.stringify(a[k])) {
      out.before[k] = b[k] ?? null;
      out.after[k] = a[k] ?? null;
    }
  }
  return out;
}

/** JSON as it will be stored, without secrets or loaded relations. */
function normalise(o: object | null | undefined): Record<string, unknown> {
  if (!o) return {};
  const plain = JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
  for (const k of Object.keys(plain)) {
    if (/password|token/i.test(k) || (plain[k] !== null && typeof plain[k] === 'object' && !Array.isArray(plain[k])))
      delete plain[k];
  }
  return plain;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Appends an entry inside the caller's transaction, so the change and its record commit together.
   * The advisory lock serialises appenders until commit, which keeps the hash chain linear.
   */
  record(em: EntityManager, ctx: Pick<RequestContext, 'user' | 'ip'>, rec: AuditRecord): Promise<void> {
    return this.recordMany(em, ctx, [rec]);
  }

  /**
   * Appends entries in the given order with one multi-row insert: under the chain lock, each entry's hash is computed
   * from the one before it, and the ids the insert draws follow the rows' order (the order `verify` walks). An import
   * audits each record it creates this way without one round trip per row.
   */
  async recordMany(em: EntityManager, ctx: Pick<RequestContext, 'user' | 'ip'>, recs: AuditRecord[]): Promise<void> {
    if (!em.queryRunner?.isTransactionActive) throw new Error('AuditService.record must run inside a transaction');
    if (recs.length === 0) return;
    await exec(em, sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
    const last = await maybeOne(em, sql`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`, { hash: col.text });
    let prevHash: string = last?.hash ?? GENESIS;
    const at = new Date();
    const rows = recs.map((rec) => {
      const entry = {
        at,
        actorId: ctx.user?.id ?? null,
        action: rec.action,
        entityType: rec.entityType,
        entityId: rec.entityId ?? null,
        before: rec.before ? normalise(rec.before) : null,
        after: rec.after ? normalise(rec.after) : null,
        ip: ctx.ip,
      };
      const digest = payloadDigest(entry);
      const row = { ...entry, payloadDigest: digest, prevHash, hash: entryHash(prevHash, entry, digest) };
      prevHash = row.hash;
      return row;
    });
    const json = (v: object | null) => (v === null ? null : JSON.stringify(v));
    // unnest yields the arrays' elements in order, so the serial ids follow the chain.
    await exec(
      em,
      sql`INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, before, after, ip, payload_digest,
                                 prev_hash, hash)
          SELECT ${at}::timestamptz, ${ctx.user?.id ?? null}::uuid, r.action, r.entity_type, r.entity_id,
                 r.before::jsonb, r.after::jsonb, ${ctx.ip}::varchar, r.payload_digest, r.prev_hash, r.hash
            FROM unnest(${rows.map((r) => r.action)}::text[], ${rows.map((r) => r.entityType)}::text[],
                        ${rows.map((r) => r.entityId)}::text[], ${rows.map((r) => json(r.before))}::text[],
                        ${rows.map((r) => json(r.after))}::text[], ${rows.map((r) => r.payloadDigest)}::text[],
                        ${rows.map((r) => r.prevHash)}::text[], ${rows.map((r) => r.hash)}::text[])
                 WITH ORDINALITY AS r(action, entity_type, entity_id, before, after, payload_digest, prev_hash, hash, n)
           ORDER BY r.n`,
    );
  }

  /** Records a change of an entity: only the fields that moved. */
  async recordUpdate(
    em: EntityManager,
    ctx: Pick<RequestContext, 'user' | 'ip'>,
    entityType: string,
    id: string,
    before: object,
    after: object,
  ): Promise<void> {
    const d = diff(before, after);
    if (Object.keys(d.after).length === 0) return;
    await this.record(em, ctx, { action: 'update', entityType, entityId: id, ...d });
  }

  /** A standalone entry (a login, a refused access) in its own transaction. */
  async recordNow(ctx: Pick<RequestContext, 'user' | 'ip'>, rec: AuditRecord): Promise<void> {
    await this.db.transaction((em) => this.record(em, ctx, rec));
  }

  /**
   * Erasure: in every entry whose payload matches `pattern` (a PostgreSQL regular expression, case-insensitive), or
   * whose IP is that of one of `actorIds`, replaces the matches by `replacement` and drops the IP, and marks the entry
   * redacted. Only the payload moves (the trigger refuses anything else): digests and hashes stay, so the chain still
   * verifies. With `entityIds`, only the entries about those records are looked at. Runs in the caller's transaction;
   * returns how many entries were redacted.
   */
  async redact(
    em: EntityManager,
    pattern: string,
    replacement: string,
    actorIds: string[],
    entityIds?: string[],
  ): Promise<number> {
    if (pattern === '') throw new Error('AuditService.redact needs something to look for');
    await exec(em, sql`SELECT set_config('maillage.audit_redaction', 'on', true)`);
    const scrub = (column: string) =>
      sql`CASE WHEN ${sql.id(column)}::text ~* ${pattern}
            THEN regexp_replace(${sql.id(column)}::text, ${pattern}, ${replacement}, 'gi')::jsonb
            ELSE ${sql.id(column)} END`;
    const byThem = sql`actor_id = ANY(${actorIds}::uuid[])`;
    return exec(
      em,
      sql`UPDATE audit_log SET before = ${scrub('before')}, after = ${scrub('after')},
            ip = CASE WHEN ${byThem} OR ip ~* ${pattern} THEN NULL ELSE ip END, redacted_at = now()
          WHERE (before::text ~* ${pattern} OR after::text ~* ${pattern} OR (${byThem} AND ip IS NOT NULL))
            AND ${entityIds ? sql`entity_id = ANY(${entityIds}::text[])` : sql`true`}`,
    );
  }

  async list(ctx: RequestContext, q: AuditQuery): Promise<Page<AuditView>> {
    const qb = this.filtered(ctx, q);
    const total = await qb.getCount();
    const rows = await this.rows(qb, (q.page - 1) * q.pageSize, q.pageSize);
    const names = await auditNames(this.db.manager, ctx.ability, rows);
    const items = rows.map((e) => ({
      ...e,
      entityName: e.entityId ? (names.get(e.entityId) ?? null) : null,
      names: Object.fromEntries(
        [e.before, e.after]
          .flatMap((payload) => Object.values(payload ?? {}).flat())
          .flatMap((v) => (typeof v === 'string' && names.has(v) ? [[v, names.get(v)!]] : [])),
      ),
    }));
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** Every entry the log's filters keep (all its pages), newest first: CSV. */
  export(ctx: RequestContext, q: AuditExportQuery): ExportFile {
    const qb = this.filtered(ctx, q);
    return writeExport(
      AUDIT_EXPORT,
      inBatches((offset, limit) => this.rows(qb, offset, limit)),
      ctx.locale,
      q.format,
    );
  }

  private filtered(ctx: RequestContext, q: Omit<AuditQuery, 'page' | 'pageSize'>) {
    const qb = this.db
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .leftJoin('accounts', 'a', 'a.id = e.actor_id')
      .leftJoin('people', 'p', 'p.id = a.person_id')
      .addSelect(`p.first_name || ' ' || p.last_name`, 'actor_name')
      .orderBy('e.id', 'DESC');
    whereAllowed(qb, ctx.ability, 'read', 'AuditEntry');
    if (q.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: q.entityType });
    if (q.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: q.entityId });
    if (q.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: q.actorId });
    if (q.action) qb.andWhere('e.action = :action', { action: q.action });
    if (q.from) qb.andWhere(`e.at >= (:from::date::timestamp AT TIME ZONE '${DISPLAY_TIME_ZONE}')`, { from: q.from });
    if (q.to) qb.andWhere(`e.at < ((:to::date + 1)::timestamp AT TIME ZONE '${DISPLAY_TIME_ZONE}')`, { to: q.to });
    return qb;
  }

  private async rows(
    filtered: SelectQueryBuilder<AuditEntry>,
    offset: number,
    limit: number,
  ): Promise<AuditExportRow[]> {
    const { entities, raw } = await filtered.clone().offset(offset).limit(limit).getRawAndEntities();
    const actors = raw as ({ actor_name: string | null } | undefined)[];
    return entities.map((e, i) => ({ ...e, actorName: actors[i]?.actor_name ?? null }));
  }

  /** Walks the whole chain; the first entry whose hash does not match is where tampering happened. */
  async verify(): Promise<AuditVerifyResponse> {
    let prevHash = GENESIS;
    let checked = 0;
    let lastId = '0';
    for (;;) {
      const rows: AuditEntry[] = await this.db
        .getRepository(AuditEntry)
        .createQueryBuilder('e')
        .where('e.id > :lastId', { lastId })
        .orderBy('e.id', 'ASC')
        .limit(1000)
        .getMany();
      if (rows.length === 0) return { ok: true, checked, firstBrokenId: null };
      for (const r of rows) {
        // A redacted payload no longer matches its digest, by design; the digest itself is still chained.
        const payloadIntact = r.redactedAt !== null || payloadDigest(r) === r.payloadDigest;
        if (!payloadIntact || r.prevHash !== prevHash || r.hash !== entryHash(prevHash, r, r.payloadDigest))
          return { ok: false, checked, firstBrokenId: r.id };
        prevHash = r.hash;
        checked++;
        lastId = r.id;
      }
    }
  }
}
