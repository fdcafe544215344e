import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { AppConfig } from '../../config/app-config';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { JobRunner } from '../../jobs/job-runner.service';
import { personSubject, subscriberSubject, type DataSubject } from './data-subject';
import { ErasureService } from './erasure.service';

/** The scheduler acts for no one: its audit entries have no actor. */
const SCHEDULER = { user: null, ip: null };

/**
 * Erases, once a night across processes, the newsletter subscribers and the volunteers who left more than
 * RETENTION_YEARS_AFTER_LEAVING years ago (docs/privacy.md). A volunteer who is anything else in the network (an
 * account, an organisation's member, a group term not long over) is kept: they have not left the network.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly erasure: ErasureService,
    private readonly jobs: JobRunner,
  ) {}

  @Cron('40 3 * * *', { name: 'privacy-retention', timeZone: DISPLAY_TIME_ZONE })
  async nightly(): Promise<void> {
    await this.jobs.run('privacy-retention', () => this.eraseExpired());
  }

  async eraseExpired(now = new Date()): Promise<{ subscribers: number; volunteers: number }> {
    const cutoff = new Date(now);
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - this.config.RETENTION_YEARS_AFTER_LEAVING);
    const subscribers = await many(
      this.db,
      sql`SELECT id FROM newsletter_subscribers
          WHERE status IN ('unsubscribed', 'bounced', 'complained') AND email NOT LIKE '%@effacee.invalid'
            AND coalesce(unsubscribed_at, bounced_at, updated_at) < ${cutoff}`,
      { id: col.uuid },
    );
    const volunteers = await many(
      this.db,
      sql`SELECT v.person_id AS id FROM working_group_volunteers v JOIN people p ON p.id = v.person_id
          WHERE p.email IS NOT NULL OR p.first_name <> 'personne effacée'
          GROUP BY v.person_id
          HAVING bool_and(v.stage = 'left') AND max(v.stage_changed_at) < ${cutoff}
            AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = v.person_id)
            AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = v.person_id)
            AND NOT EXISTS (SELECT 1 FROM working_group_members t WHERE t.person_id = v.person_id
                              AND (t.ended_on IS NULL OR t.ended_on >= ${cutoff}::date))`,
      { id: col.uuid },
    );
    let erasedSubscribers = 0;
    let erasedVolunteers = 0;
    // One transaction each: a failure leaves the others erased, and is retried the next night.
    for (const { id } of subscribers) if (await this.eraseOne((em) => subscriberSubject(em, id))) erasedSubscribers++;
    for (const { id } of volunteers) if (await this.eraseOne((em) => personSubject(em, id))) erasedVolunteers++;
    return { subscribers: erasedSubscribers, volunteers: erasedVolunteers };
  }

  private eraseOne(find: (em: EntityManager) => Promise<DataSubject | null>): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const subject = await find(em);
      if (!subject) return false;
      await this.erasure.erase(em, SCHEDULER, subject, 'retention');
      return true;
    });
  }
}
