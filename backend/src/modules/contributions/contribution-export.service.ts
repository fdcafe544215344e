import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import { writeExport, type ExportFile } from '../../common/exports/export-writer';
import { CONTRIBUTIONS_EXPORT, type ContributionExportRow } from './contribution-export';
import { contributionScope, filterFromQuery } from './contribution-queries';
import type { ContributionExportQuery } from './dto/contribution.dto';

/** The contributions export (the import is the shared import flow's, kind `contributions`). */
@Injectable()
export class ContributionExportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every contribution the filters match and the caller may read, streamed in batches (keyset on day and id). */
  export(ctx: RequestContext, q: ContributionExportQuery): ExportFile {
    const scope = contributionScope(this.db.manager, filterFromQuery(q), ctx.ability);
    async function* batches() {
      let after: [string, string] | null = null;
      for (;;) {
        const batch = scope
          .clone()
          .leftJoin('organisations', 'o', 'o.id = c.organisation_id')
          .leftJoin('people', 'pe', 'pe.id = c.person_id')
          .leftJoin('working_groups', 'wg', 'wg.id = c.working_group_id')
          .leftJoin('grants', 'gr', 'gr.id = c.grant_id')
          .select(
            [
              'c.id AS id',
              'c.status AS status',
              'o.name AS organisation',
              `pe.first_name || ' ' || pe.last_name AS person`,
              'c.type AS type',
              'c.unit AS unit',
              `to_char(c.starts_on, 'YYYY-MM-DD') AS starts`,
              `to_char(c.ends_on, 'YYYY-MM-DD') AS ends`,
              'c.quantity AS quantity',
              'c.rate_cents AS rate',
              'c.value_cents AS value',
              'c.description AS description',
              'c.evidence_url AS evidence',
              'wg.name AS grp',
              'coalesce(gr.reference, gr.title) AS grant',
              'pe.email AS person_email',
              'c.created_at AS created',
              'c.submitted_at AS submitted',
              'c.reviewed_at AS reviewed',
              'c.rejection_reason AS reason',
            ].join(', '),
          )
          .orderBy('c.starts_on', 'ASC')
          .addOrderBy('c.id', 'ASC')
          .limit(2000);
        if (after)
          batch.andWhere('(c.starts_on, c.id) > (:afterDay::date, :afterId::uuid)', {
            afterDay: after[0],
            afterId: after[1],
          });
        const rows: ContributionExportRow[] = await batch.getRawMany();
        if (rows.length === 0) return;
        yield rows;
        const last = rows[rows.length - 1];
        after = [last.starts, last.id];
      }
    }
    return writeExport(CONTRIBUTIONS_EXPORT, batches(), ctx.locale, q.format);
  }
}
