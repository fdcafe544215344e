import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotFound } from '../common/errors';
import type { SignedInContext } from '../common/request-context';
import { many, maybeOne, sql } from '../database/sql';
import { col } from '../database/sql-columns';
import type { OutboxJobResponse } from './dto/outbox-job.response';
import { Outbox } from './outbox.service';

const COLUMNS = {
  id: col.text,
  kind: col.text,
  to: col.text.nullable,
  subject: col.text.nullable,
  attempts: col.int,
  lastError: col.text.nullable,
  createdAt: col.timestamp,
  runAfter: col.timestamp,
  failedAt: col.timestamp.nullable,
};
const FIELDS = sql`id, kind, payload->>'to' AS "to", payload->>'subject' AS subject, attempts,
  last_error AS "lastError", created_at AS "createdAt", run_after AS "runAfter", failed_at AS "failedAt"`;

/** What the admin sees of the outbox: jobs that failed at least once (a relay down, a refused address), to retry. */
@Injectable()
export class OutboxAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
  ) {}

  /** Given-up jobs first, then those still retried; 200 at most (more means the relay is down: one error tells it). */
  troubled(): Promise<OutboxJobResponse[]> {
    return many(
      this.db,
      sql`SELECT ${FIELDS} FROM outbox WHERE attempts > 0 ORDER BY failed_at DESC NULLS LAST, run_after, id LIMIT 200`,
      COLUMNS,
    );
  }

  /** Runs the job again now, with its attempts counted from zero; audited. */
  async retry(ctx: SignedInContext, id: string): Promise<OutboxJobResponse> {
    const job = await this.db.transaction(async (em: EntityManager) => {
      const found = await maybeOne(
        em,
        sql`UPDATE outbox SET attempts = 0, failed_at = NULL, run_after = now()
            WHERE id = ${id}::bigint AND attempts > 0
            RETURNING ${FIELDS}`,
        COLUMNS,
      );
      if (!found) throw new NotFound();
      await this.audit.record(em, ctx, {
        action: 'retry',
        entityType: 'OutboxJob',
        entityId: id,
        after: { kind: found.kind, to: found.to },
      });
      return found;
    });
    this.outbox.wake();
    return job;
  }
}
