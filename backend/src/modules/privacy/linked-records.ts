import type { EntityManager } from 'typeorm';
import { exec, sql, type Sql } from '../../database/sql';
import type { DataSubject } from './data-subject';
import type { TableShape } from './personal-data';

/**
 * The records linked to a person, where their last name alone can only be them (« M. Dupont a proposé… » in an action
 * item they own): what they own, attended, gave, entered or wrote. Anywhere else a last name may be a homonym's, and
 * is left as written.
 */
const LINKED: { table: string; where: (personId: string, accountIds: string[]) => Sql }[] = [
  { table: 'action_items', where: (p) => sql`owner_person_id = ${p}` },
  { table: 'meetings', where: (p) => sql`id IN (SELECT meeting_id FROM meeting_attendees WHERE person_id = ${p})` },
  { table: 'contributions', where: (p, a) => sql`person_id = ${p} OR entered_by_id = ANY(${a}::uuid[])` },
  { table: 'time_entries', where: (p) => sql`person_id = ${p}` },
  { table: 'volunteer_profiles', where: (p) => sql`person_id = ${p}` },
  { table: 'working_group_volunteers', where: (p) => sql`person_id = ${p}` },
];

/**
 * Replaces the subject's last name, as a whole word whatever its case and accents, by the pseudonym in the free text
 * of the records linked to them (registers that refuse updates excepted). The tables changed.
 */
export async function scrubLastName(
  em: EntityManager,
  subject: DataSubject,
  pseudonym: string,
  shapes: TableShape[],
): Promise<string[]> {
  const { personId, lastName: pattern } = subject;
  if (!personId || !pattern) return [];
  const changed: string[] = [];
  for (const { table, where } of LINKED) {
    const shape = shapes.find((s) => s.table === table);
    if (!shape || shape.frozen || shape.text.length === 0) continue;
    const columns = shape.text.map((c) => sql.id(c));
    const sets = columns.map(
      (c) =>
        sql`${c} = CASE WHEN ${c} ~* ${pattern} THEN regexp_replace(${c}, ${pattern}, ${pseudonym}, 'gi') ELSE ${c} END`,
    );
    const n = await exec(
      em,
      sql`UPDATE ${sql.id(table)} SET ${sql.join(sets)}
          WHERE (${where(personId, subject.accountIds)}) AND (${sql.join(
            columns.map((c) => sql`${c} ~* ${pattern}`),
            sql` OR `,
          )})`,
    );
    if (n > 0) changed.push(table);
  }
  return changed;
}
