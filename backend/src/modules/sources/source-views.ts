import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { many, sql, type Db } from '../../database/sql';
import { col } from '../../database/sql-columns';
import type { FeedCheckResponse, SourceResponse, SourceStepResponse } from './dto/source.response';
import { FEED_FAILURES } from './feed-client';
import { FEED_HEALTHS, FEED_KINDS, ONBOARDING_STEPS, SOURCE_DATA_KINDS } from './source.entity';

/** How many readings a source's page charts. */
const CHECKS_SHOWN = 90;

const SOURCE_VIEW = {
  id: col.uuid,
  name: col.text,
  organisationId: col.uuid.nullable,
  organisationName: col.text.nullable,
  partnerName: col.text.nullable,
  dataKind: col.oneOf(SOURCE_DATA_KINDS),
  licence: col.text.nullable,
  feedKind: col.oneOf(FEED_KINDS),
  feedUrl: col.text.nullable,
  groupId: col.uuid.nullable,
  groupName: col.text.nullable,
  referentPersonId: col.uuid.nullable,
  referentName: col.text.nullable,
  contacts: col.text.nullable,
  step: col.oneOf(ONBOARDING_STEPS),
  stepReachedOn: col.day.nullable,
  nextStepOwnerId: col.uuid.nullable,
  nextStepOwnerName: col.text.nullable,
  nextStepDueOn: col.day.nullable,
  stepOverdue: col.bool,
  health: col.oneOf(FEED_HEALTHS),
  lastCheckedAt: col.timestamp.nullable,
  failingSince: col.timestamp.nullable,
  lastChangeAt: col.timestamp.nullable,
  records: col.int.nullable,
  incomplete: col.int.nullable,
  incompletePercent: col.number.nullable,
  createdAt: col.timestamp,
  updatedAt: col.timestamp,
};

/** The sources of `ids` as the API shows them, in the order of `ids`. */
export async function sourceViews(db: Db, ids: readonly string[]): Promise<SourceResponse[]> {
  if (ids.length === 0) return [];
  const rows = await many(
    db,
    sql`SELECT s.id, s.name, s.organisation_id AS "organisationId", o.name AS "organisationName",
          s.partner_name AS "partnerName", s.data_kind AS "dataKind", s.licence, s.feed_kind AS "feedKind",
          s.feed_url AS "feedUrl", s.group_id AS "groupId", g.name AS "groupName",
          s.referent_person_id AS "referentPersonId", nullif(concat_ws(' ', r.first_name, r.last_name), '') AS "referentName",
          s.contacts, s.step,
          (SELECT max(st.reached_on) FROM source_steps st WHERE st.source_id = s.id AND st.step = s.step)::text AS "stepReachedOn",
          s.next_step_owner_id AS "nextStepOwnerId",
          nullif(concat_ws(' ', w.first_name, w.last_name), '') AS "nextStepOwnerName",
          s.next_step_due_on::text AS "nextStepDueOn",
          (s.step <> 'autonomous' AND s.next_step_due_on IS NOT NULL
            AND s.next_step_due_on < (now() AT TIME ZONE ${DISPLAY_TIME_ZONE})::date) AS "stepOverdue",
          s.health, s.last_checked_at AS "lastCheckedAt", s.failing_since AS "failingSince",
          s.last_change_at AS "lastChangeAt", c.records, c.incomplete,
          CASE WHEN c.records > 0 THEN round(100.0 * c.incomplete / c.records, 1)::float8 WHEN c.records = 0 THEN 0 END
            AS "incompletePercent",
          s.created_at AS "createdAt", s.updated_at AS "updatedAt"
        FROM sources s
        LEFT JOIN organisations o ON o.id = s.organisation_id
        LEFT JOIN working_groups g ON g.id = s.group_id
        LEFT JOIN people r ON r.id = s.referent_person_id
        LEFT JOIN people w ON w.id = s.next_step_owner_id
        LEFT JOIN LATERAL (
          SELECT records, incomplete FROM source_feed_checks fc
          WHERE fc.source_id = s.id AND fc.ok ORDER BY fc.checked_at DESC LIMIT 1
        ) c ON true
        WHERE s.id = ANY(${ids}::uuid[])`,
    SOURCE_VIEW,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is SourceResponse => r !== undefined);
}

export function sourceSteps(db: Db, sourceId: string): Promise<SourceStepResponse[]> {
  return many(
    db,
    sql`SELECT st.id, st.step, st.reached_on::text AS "reachedOn", st.note,
          nullif(concat_ws(' ', p.first_name, p.last_name), '') AS "byName"
        FROM source_steps st LEFT JOIN accounts a ON a.id = st.by_id LEFT JOIN people p ON p.id = a.person_id
        WHERE st.source_id = ${sourceId} ORDER BY st.reached_on, st.at`,
    {
      id: col.uuid,
      step: col.oneOf(ONBOARDING_STEPS),
      reachedOn: col.day,
      note: col.text.nullable,
      byName: col.text.nullable,
    },
  );
}

export async function feedChecks(db: Db, sourceId: string): Promise<FeedCheckResponse[]> {
  const rows = await many(
    db,
    sql`SELECT id, checked_at AS "checkedAt", ok, http_status AS "httpStatus", failure, not_modified AS "notModified",
          records, added, removed, incomplete, newest_change_at AS "newestChangeAt", duration_ms AS "durationMs"
        FROM source_feed_checks WHERE source_id = ${sourceId} ORDER BY checked_at DESC LIMIT ${CHECKS_SHOWN}`,
    {
      id: col.uuid,
      checkedAt: col.timestamp,
      ok: col.bool,
      httpStatus: col.int.nullable,
      failure: col.oneOf(FEED_FAILURES).nullable,
      notModified: col.bool,
      records: col.int.nullable,
      added: col.int.nullable,
      removed: col.int.nullable,
      incomplete: col.int.nullable,
      newestChangeAt: col.timestamp.nullable,
      durationMs: col.int,
    },
  );
  return rows.reverse();
}
