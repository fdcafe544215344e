import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { BACKUP_JOB } from '../backup/backup.service';
import { many, sql } from '../database/sql';
import { poolOf } from '../database/watched-pool';
import { col } from '../database/sql-columns';

/**
 * What Prometheus reads at GET /api/metrics (docs/deploy.md lists every series). Request latencies, the connection
 * pool and the process's own figures belong to this process; the send queue, scheduled jobs and backups are read from
 * PostgreSQL at each scrape, so any API process answers for the whole deployment (send workers have no HTTP).
 * One registry per application, not prom-client's global one: tests run several apps in one process.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'maillage_http_request_duration_seconds',
    help: 'Time to answer a request, by route pattern (unmatched paths grouped as "unmatched"), method and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly gauge = (name: string, help: string, labelNames: string[] = []) =>
    new Gauge({ name, help, labelNames, registers: [this.registry] });
  private readonly pool = this.gauge(
    'maillage_db_pool_connections',
    "Connections of this process's pool: open (total), idle, and requests waiting for one",
    ['state'],
  );
  private readonly poolMax = this.gauge('maillage_db_pool_max', "Size of this process's pool (DATABASE_POOL_SIZE)");
  private readonly databaseUp = this.gauge('maillage_database_up', '1 when the last scrape could read PostgreSQL');
  private readonly queue = this.gauge(
    'maillage_newsletter_queue_depth',
    'Deliveries of issues being sent (or paused) not finished yet, by status: queued, claimed, sending',
    ['status'],
  );
  private readonly deliveries = this.gauge(
    'maillage_newsletter_deliveries',
    'Deliveries by status since the beginning (rate() of status="sent" is the send rate)',
    ['status'],
  );
  private readonly jobSuccess = this.gauge(
    'maillage_job_last_success_timestamp_seconds',
    'When each scheduled job last succeeded',
    ['job'],
  );
  private readonly jobFailed = this.gauge(
    'maillage_job_last_run_failed',
    '1 when the last finished run of the job failed',
    ['job'],
  );
  private readonly jobFailures = this.gauge(
    'maillage_job_failures',
    'Failed runs of each scheduled job over the last 30 days',
    ['job'],
  );
  private readonly backupTime = this.gauge(
    'maillage_backup_last_success_timestamp_seconds',
    'When the last backup (daily or npm run backup) was written',
  );
  private readonly backupSize = this.gauge('maillage_backup_last_size_bytes', 'Size of the last backup written');

  constructor(@InjectDataSource() private readonly db: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'maillage_' });
  }

  /** Times every answer by its route's pattern (`/api/organisations/:id`), so the series stay few. */
  instrument(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (request, reply, done) => {
      this.requests.observe(
        { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
      done();
    });
  }

  async render(): Promise<string> {
    const pool = poolOf(this.db.options);
    if (pool) {
      this.pool.set({ state: 'total' }, pool.totalCount);
      this.pool.set({ state: 'idle' }, pool.idleCount);
      this.pool.set({ state: 'waiting' }, pool.waitingCount);
      this.poolMax.set(pool.options.max);
    }
    try {
      await this.readDatabase();
      this.databaseUp.set(1);
    } catch {
      this.databaseUp.set(0);
    }
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async readDatabase(): Promise<void> {
    const counts = { status: col.text, n: col.int };
    const [queue, deliveries, jobs] = await Promise.all([
      many(
        this.db,
        sql`SELECT d.status, count(*)::int AS n FROM newsletter_deliveries d JOIN newsletter_issues i ON i.id = d.issue_id
         WHERE i.status IN ('sending', 'paused') AND d.status IN ('queued', 'claimed', 'sending') GROUP BY d.status`,
        counts,
      ),
      many(this.db, sql`SELECT status, count(*)::int AS n FROM newsletter_deliveries GROUP BY status`, counts),
      many(
        this.db,
        sql`SELECT job, extract(epoch FROM max(finished_at) FILTER (WHERE status = 'succeeded'))::float AS "lastSuccess",
                count(*) FILTER (WHERE status = 'failed')::int AS failures,
                (array_agg(status ORDER BY finished_at DESC) FILTER (WHERE status <> 'running'))[1] = 'failed' AS "lastFailed",
                (array_agg((detail->>'bytes')::bigint ORDER BY finished_at DESC)
                  FILTER (WHERE status = 'succeeded'))[1]::float AS "lastBytes"
         FROM scheduled_job_runs GROUP BY job`,
        {
          job: col.text,
          lastSuccess: col.number.nullable,
          failures: col.int,
          lastFailed: col.bool.nullable,
          lastBytes: col.number.nullable,
        },
      ),
    ]);
    for (const status of ['queued', 'claimed', 'sending'])
      this.queue.set({ status }, queue.find((q) => q.status === status)?.n ?? 0);
    this.deliveries.reset();
    for (const d of deliveries) this.deliveries.set({ status: d.status }, d.n);
    this.jobSuccess.reset();
    this.jobFailed.reset();
    this.jobFailures.reset();
    for (const j of jobs) {
      if (j.lastSuccess !== null) this.jobSuccess.set({ job: j.job }, j.lastSuccess);
      this.jobFailed.set({ job: j.job }, j.lastFailed ? 1 : 0);
      this.jobFailures.set({ job: j.job }, j.failures);
    }
    const backup = jobs.find((j) => j.job === BACKUP_JOB);
    if (backup?.lastSuccess) {
      this.backupTime.set(backup.lastSuccess);
      this.backupSize.set(backup.lastBytes ?? 0);
    }
  }
}
