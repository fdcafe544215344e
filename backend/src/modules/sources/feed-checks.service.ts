import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DISPLAY_TIME_ZONE, type SourceProblem } from '@maillage/emails';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { LOCALES } from '../../auth/dto/auth.response';
import { Conflict } from '../../common/errors';
import type { SignedInContext } from '../../common/request-context';
import { AppConfig } from '../../config/app-config';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { JobRunner } from '../../jobs/job-runner.service';
import { MailService } from '../../mail/mail.service';
import type { FeedCheckResponse } from './dto/source.response';
import { FeedCheck } from './feed-check.entity';
import { fetchFeed, type FeedClientOptions } from './feed-client';
import { figures, readRecords, type FeedFigures } from './feed-records';
import { Source, type FeedHealth } from './source.entity';
import { SourceError } from './sources.errors';
import { SourcesService } from './sources.service';

const DAY = 86_400_000;
/** A feed failing this long (without a success in between) is an alert. */
const FAILING_DAYS = 3;

type Reading =
  | {
      ok: true;
      status: number;
      notModified: boolean;
      figures: FeedFigures | null;
      keys: string[] | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { ok: false; status: number | null; failure: FeedCheck['failure'] };

/**
 * Reads every source's feed every FEED_CHECK_HOURS (one process at a time, through the JobRunner), records the
 * figures or the failure, and tells the coordinator and the source's referent once per episode when a feed has
 * failed for three days or not changed for FEED_STALE_DAYS; also reminds overdue onboarding steps, once each.
 */
@Injectable()
export class FeedChecksService {
  private readonly logger = new Logger('FeedChecks');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly sources: SourcesService,
  ) {}

  /** Hourly at a fixed minute; each run reads only the feeds whose last reading is older than FEED_CHECK_HOURS. */
  @Cron('41 * * * *', { name: 'source-feed-checks', timeZone: DISPLAY_TIME_ZONE })
  async run(): Promise<void> {
    await this.jobs.run('source-feed-checks', () => this.runOnce());
  }

  async runOnce(now = new Date()): Promise<{ checked: number; alerted: number; reminded: number }> {
    const due = await many(
      this.db,
      sql`SELECT id FROM sources WHERE feed_url IS NOT NULL
          AND (last_checked_at IS NULL OR last_checked_at <= ${now}::timestamptz - make_interval(hours => ${this.config.FEED_CHECK_HOURS}))
          ORDER BY last_checked_at NULLS FIRST`,
      { id: col.uuid },
    );
    let checked = 0;
    for (const { id } of due) {
      // One feed's trouble (even an unexpected one) never stops the others.
      try {
        await this.check(id, null, now);
        checked++;
      } catch (e) {
        this.logger.error(`feed check of source ${id} failed: ${(e as Error).message}`);
      }
    }
    return { checked, alerted: await this.alertDue(now), reminded: await this.remindOverdueSteps(now) };
  }

  /** "Check now", from the source's page. */
  async checkNow(ctx: SignedInContext, id: string): Promise<FeedCheckResponse> {
    const source = await this.sources.findAllowed(ctx, id, 'update');
    if (!source.feedUrl) throw new Conflict(SourceError.NoFeed);
    return this.check(id, ctx);
  }

  private get clientOptions(): FeedClientOptions {
    return {
      timeoutMs: this.config.FEED_TIMEOUT_SECONDS * 1000,
      maxBytes: this.config.FEED_MAX_MB * 1024 * 1024,
      maxRedirects: 5,
      allowedHosts: this.config.FEED_ALLOWED_HOSTS,
      userAgent: `Maillage feed check (+${this.config.APP_URL})`,
    };
  }

  /** Reads the feed (outside any transaction: it may take seconds), then records the reading in one. */
  private async check(id: string, ctx: SignedInContext | null, now = new Date()): Promise<FeedCheckResponse> {
    const before = await this.db.getRepository(Source).findOneByOrFail({ id });
    const started = Date.now();
    const reading = await this.read(before);
    const durationMs = Date.now() - started;
    return this.db.transaction(async (em) => {
      const source = await em.findOneOrFail(Source, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const check = em.create(FeedCheck, {
        sourceId: id,
        checkedAt: now,
        ok: reading.ok,
        httpStatus: reading.status,
        failure: reading.ok ? null : reading.failure,
        notModified: reading.ok && reading.notModified,
        durationMs,
        ...(reading.ok ? this.carried(reading, await this.lastFigures(em, id)) : {}),
      });
      await em.save(check);
      this.apply(source, reading, now);
      await em.save(source);
      if (ctx) {
        await this.audit.record(em, ctx, {
          action: 'check',
          entityType: 'Source',
          entityId: id,
          after: { health: source.health },
        });
      }
      const { source: _s, ...view } = check;
      return view;
    });
  }

  private async read(source: Source): Promise<Reading> {
    const res = await fetchFeed(
      { url: source.feedUrl!, etag: source.feedEtag, lastModified: source.feedLastModified },
      this.clientOptions,
    );
    if (!res.ok) return { ok: false, status: res.status, failure: res.error };
    if (res.status === 304)
      return { ok: true, status: 304, notModified: true, figures: null, keys: null, etag: null, lastModified: null };
    try {
      const records = readRecords(res.body, res.contentType);
      return {
        ok: true,
        status: 200,
        notModified: false,
        figures: figures(records, source.recordKeys),
        keys: records.map((r) => r.key),
        etag: res.etag,
        lastModified: res.lastModified,
      };
    } catch {
      return { ok: false, status: 200, failure: 'unreadable' };
    }
  }

  /** A 304 repeats the last figures, with nothing added or removed. */
  private carried(reading: Extract<Reading, { ok: true }>, last: FeedFigures | null): Partial<FeedCheck> {
    const f = reading.figures ?? (last && { ...last, added: 0, removed: 0 });
    if (!f) return {};
    return {
      records: f.records,
      added: f.added,
      removed: f.removed,
      incomplete: f.incomplete,
      newestChangeAt: f.newestChangeAt,
    };
  }

  private async lastFigures(em: EntityManager, id: string): Promise<FeedFigures | null> {
    const last = await em.findOne(FeedCheck, { where: { sourceId: id, ok: true }, order: { checkedAt: 'DESC' } });
    if (last?.records == null) return null;
    return {
      records: last.records,
      added: last.added ?? 0,
      removed: last.removed ?? 0,
      incomplete: last.incomplete ?? 0,
      newestChangeAt: last.newestChangeAt,
    };
  }

  /** The source's health after a reading; a new episode (back to health) opens the way for the next alert. */
  private apply(source: Source, reading: Reading, now: Date): void {
    source.lastCheckedAt = now;
    const previous: FeedHealth = source.health;
    if (!reading.ok) {
      source.failingSince ??= now;
      source.health = 'failing';
      if (previous !== 'failing') source.alertSentAt = null;
      return;
    }
    source.failingSince = null;
    if (reading.figures) {
      const changed = reading.figures.added > 0 || reading.figures.removed > 0 || source.recordKeys === null;
      const candidates = [source.lastChangeAt, reading.figures.newestChangeAt, changed ? now : null];
      source.lastChangeAt = candidates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);
      source.recordKeys = reading.keys;
      source.feedEtag = reading.etag;
      source.feedLastModified = reading.lastModified;
    }
    const staleBefore = new Date(now.getTime() - this.config.FEED_STALE_DAYS * DAY);
    source.health = source.lastChangeAt && source.lastChangeAt < staleBefore ? 'stale' : 'ok';
    if (source.health !== previous) source.alertSentAt = null;
  }

  /** Claims each episode's alert (one UPDATE … RETURNING: never twice) and queues the mails with it. */
  private async alertDue(now: Date): Promise<number> {
    return this.db.transaction(async (em) => {
      const due = await many(
        em,
        sql`UPDATE sources SET alert_sent_at = ${now}
            WHERE alert_sent_at IS NULL AND ((health = 'failing' AND failing_since <= ${now}::timestamptz - make_interval(days => ${FAILING_DAYS}))
              OR health = 'stale')
            RETURNING id, name, health, failing_since AS "failingSince", last_change_at AS "lastChangeAt", referent_person_id AS "referentId"`,
        {
          id: col.uuid,
          name: col.text,
          health: col.text,
          failingSince: col.timestamp.nullable,
          lastChangeAt: col.timestamp.nullable,
          referentId: col.uuid.nullable,
        },
      );
      for (const s of due) {
        const problem: SourceProblem = s.health === 'failing' ? 'failing' : 'stale';
        const since = (problem === 'failing' ? s.failingSince : s.lastChangeAt) ?? now;
        await this.tell(em, s.id, s.name, problem, since, [s.referentId]);
      }
      return due.length;
    });
  }

  private async remindOverdueSteps(now: Date): Promise<number> {
    return this.db.transaction(async (em) => {
      const due = await many(
        em,
        sql`UPDATE sources SET next_step_reminded_at = ${now}
            WHERE next_step_reminded_at IS NULL AND step <> 'autonomous' AND next_step_due_on IS NOT NULL
              AND next_step_due_on < (${now}::timestamptz AT TIME ZONE ${DISPLAY_TIME_ZONE})::date
            RETURNING id, name, next_step_due_on::text AS "dueOn", next_step_owner_id AS "ownerId", referent_person_id AS "referentId"`,
        { id: col.uuid, name: col.text, dueOn: col.day, ownerId: col.uuid.nullable, referentId: col.uuid.nullable },
      );
      for (const s of due)
        await this.tell(em, s.id, s.name, 'step_overdue', new Date(`${s.dueOn}T12:00:00Z`), [s.ownerId]);
      return due.length;
    });
  }

  /** The active coordinators and the named people who have an address, each once. */
  private async tell(
    em: EntityManager,
    id: string,
    name: string,
    problem: SourceProblem,
    since: Date,
    people: (string | null)[],
  ) {
    const named = people.filter((p): p is string => p !== null);
    const recipients = await many(
      em,
      sql`SELECT DISTINCT ON (lower(coalesce(a.email, p.email))) coalesce(a.email, p.email) AS email, p.first_name AS "firstName",
            coalesce(a.locale, 'fr') AS locale
          FROM people p LEFT JOIN accounts a ON a.person_id = p.id AND a.disabled_at IS NULL
          WHERE coalesce(a.email, p.email) IS NOT NULL
            AND (('coordinator' = ANY(a.roles)) OR p.id = ANY(${named}::uuid[]))
          ORDER BY lower(coalesce(a.email, p.email))`,
      { email: col.text, firstName: col.text, locale: col.oneOf(LOCALES) },
    );
    for (const to of recipients) {
      await this.mail.enqueue(em, {
        to: to.email,
        template: 'source-alert',
        locale: to.locale,
        vars: {
          firstName: to.firstName,
          sourceName: name,
          problem,
          since,
          sourceUrl: `${this.config.APP_URL}/sources/${id}`,
        },
      });
    }
  }
}
