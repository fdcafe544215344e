import { many, sql, type Db } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { REGISTRATION_STATUSES } from './event-registration.entity';
import { AUDIENCES } from './kit.entity';
import { EVENT_KINDS, EVENT_MODES } from './training-event.entity';
import type { AttendanceResponse, EventResponse, RegistrationResponse } from './dto/event.response';
import type { KitResponse } from './dto/kit.response';

const eventShape = {
  id: col.uuid,
  title: col.text,
  kind: col.oneOf(EVENT_KINDS),
  mode: col.oneOf(EVENT_MODES),
  audience: col.oneOf(AUDIENCES),
  startsAt: col.timestamp,
  endsAt: col.timestamp,
  place: col.text.nullable,
  videoLink: col.text.nullable,
  capacity: col.int,
  trainer: col.text.nullable,
  description: col.text.nullable,
  groupId: col.uuid,
  groupName: col.text,
  registrationOpen: col.bool,
  confirmed: col.int,
  waiting: col.int,
  attended: col.int,
};

/** Events by id, in the order given, with their counts of confirmed, waiting and present people. */
export async function eventViews(db: Db, ids: string[]): Promise<EventResponse[]> {
  if (ids.length === 0) return [];
  const rows = await many(
    db,
    sql`SELECT e.id, e.title, e.kind, e.mode, e.audience, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.place,
          e.video_link AS "videoLink", e.capacity, e.trainer, e.description, e.group_id AS "groupId",
          g.name AS "groupName", e.registration_open AS "registrationOpen",
          count(r.id) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
          count(r.id) FILTER (WHERE r.status = 'waiting')::int AS waiting,
          count(r.id) FILTER (WHERE r.attended)::int AS attended
        FROM training_events e JOIN working_groups g ON g.id = e.group_id
        LEFT JOIN event_registrations r ON r.event_id = e.id
        WHERE e.id = ANY(${ids}::uuid[]) GROUP BY e.id, g.name`,
    eventShape,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

export async function kitViews(db: Db, ids: string[]): Promise<KitResponse[]> {
  if (ids.length === 0) return [];
  const rows = await many(
    db,
    sql`SELECT k.id, k.title, k.audience, k.group_id AS "groupId", g.name AS "groupName", k.description, k.links,
          k.version, k.published_on::text AS "publishedOn", k.updated_at AS "updatedAt"
        FROM kits k JOIN working_groups g ON g.id = k.group_id WHERE k.id = ANY(${ids}::uuid[])`,
    {
      id: col.uuid,
      title: col.text,
      audience: col.oneOf(AUDIENCES),
      groupId: col.uuid,
      groupName: col.text,
      description: col.text.nullable,
      links: col.array(col.text),
      version: col.text,
      publishedOn: col.day,
      updatedAt: col.timestamp,
    },
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

/** An event's registrations: the confirmed first, then the waiting list in its order, then the cancelled. */
export function registrationViews(db: Db, eventId: string): Promise<RegistrationResponse[]> {
  return many(
    db,
    sql`SELECT r.id, r.person_id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.email,
          r.status, r.attended, r.source_id AS "sourceId", s.name AS "sourceName", r.registered_at AS "registeredAt",
          CASE WHEN r.status = 'waiting' THEN
            row_number() OVER (PARTITION BY r.status ORDER BY r.registered_at, r.id)::int END AS "waitingRank"
        FROM event_registrations r JOIN people p ON p.id = r.person_id LEFT JOIN sources s ON s.id = r.source_id
        WHERE r.event_id = ${eventId}
        ORDER BY array_position(ARRAY['confirmed', 'waiting', 'cancelled'], r.status::text), r.registered_at, r.id`,
    {
      id: col.uuid,
      personId: col.uuid,
      firstName: col.text,
      lastName: col.text,
      email: col.text.nullable,
      status: col.oneOf(REGISTRATION_STATUSES),
      attended: col.bool.nullable,
      sourceId: col.uuid.nullable,
      sourceName: col.text.nullable,
      registeredAt: col.timestamp,
      waitingRank: col.int.nullable,
    },
  );
}

export const attendanceShape = {
  registrationId: col.uuid,
  eventId: col.uuid,
  title: col.text,
  kind: col.oneOf(EVENT_KINDS),
  startsAt: col.timestamp,
  personId: col.uuid,
  personName: col.text,
  sourceName: col.text.nullable,
  status: col.oneOf(REGISTRATION_STATUSES),
  attended: col.bool.nullable,
} satisfies Record<keyof AttendanceResponse, unknown>;
