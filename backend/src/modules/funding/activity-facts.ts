import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContributionTotalsService } from '../contributions/contribution-totals.service';
import { many, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import type { ActivityFiguresResponse } from './dto/activity-report.response';

/**
 * What the network did between two days (inclusive, Paris time), for an activity report's draft: meetings held,
 * decisions adopted, validated contributions by type and unit, volunteers welcomed, newsletters sent.
 *
 * Contributions come through their module's totals. The rest are plain counts and titles read in the report's own
 * snapshot: governance, working groups and newsletters expose no such period summary, and these few read-only queries
 * keep funding from depending on three more modules for them.
 */
@Injectable()
export class ActivityFacts {
  constructor(private readonly totals: ContributionTotalsService) {}

  async collect(from: string, to: string, em: EntityManager): Promise<ActivityFiguresResponse> {
    const start = sql`(${from}::date::timestamp AT TIME ZONE ${DISPLAY_TIME_ZONE})`;
    const end = sql`((${to}::date + 1)::timestamp AT TIME ZONE ${DISPLAY_TIME_ZONE})`;
    const meetings = await many(
      em,
      sql`SELECT title, kind, to_char(starts_at AT TIME ZONE ${DISPLAY_TIME_ZONE}, 'YYYY-MM-DD') AS "on"
            FROM meetings WHERE starts_at >= ${start} AND starts_at < ${end} AND ends_at <= now()
           ORDER BY starts_at, title`,
      { title: col.text, kind: col.text, on: col.day },
    );
    const decisions = await many(
      em,
      sql`SELECT number, title, decided_on AS "on" FROM decisions
           WHERE outcome = 'adopted' AND decided_on BETWEEN ${from}::date AND ${to}::date ORDER BY decided_on, number`,
      { number: col.int, title: col.text, on: col.day },
    );
    const newsletters = await many(
      em,
      sql`SELECT number, title, to_char(sent_at AT TIME ZONE ${DISPLAY_TIME_ZONE}, 'YYYY-MM-DD') AS "on"
            FROM newsletter_issues WHERE status = 'sent' AND sent_at >= ${start} AND sent_at < ${end} ORDER BY sent_at`,
      { number: col.int, title: col.text, on: col.day },
    );
    // A volunteer welcomed twice in the period (left, came back) counts once per group.
    const { welcomed } = await one(
      em,
      sql`SELECT count(DISTINCT entry_id)::int AS welcomed FROM working_group_volunteer_steps
           WHERE stage = 'welcomed' AND at >= ${start} AND at < ${end}`,
      { welcomed: col.int },
    );
    const rows = await this.totals.totals({ from, to }, { groupBy: ['type', 'unit'] }, em);
    const contributions = rows.map((r) => ({
      type: r.type!,
      unit: r.unit!,
      count: r.count,
      quantity: r.quantity ?? 0,
      valueCents: r.valueCents,
    }));
    return {
      meetingsHeld: meetings.length,
      meetings,
      decisionsAdopted: decisions.length,
      decisions,
      contributions,
      contributionsValueCents: contributions.reduce((sum, c) => sum + c.valueCents, 0),
      volunteersWelcomed: welcomed,
      newslettersSent: newsletters.length,
      newsletters,
    };
  }
}
