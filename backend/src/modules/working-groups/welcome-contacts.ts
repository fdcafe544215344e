import type { EntityManager } from 'typeorm';
import { currentTermSql } from './terms';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

export interface WelcomeContact {
  /** Null for the coordination's address, the fallback of a group nobody answers for. */
  personId: string | null;
  firstName: string;
  email: string;
  locale: 'fr' | 'en';
}

/**
 * Who hears about a group's newcomers: its welcome people; when it has none (a gap the group page shows), its
 * referents, so that nobody who offers help goes unanswered. Each in the language of their account, French otherwise.
 */
export async function welcomeContacts(em: EntityManager, groupId: string): Promise<WelcomeContact[]> {
  const rows = await many(
    em,
    sql`SELECT DISTINCT p.id AS "personId", p.first_name AS "firstName", p.email, COALESCE(a.locale, 'fr') AS locale, t.role
     FROM working_group_members t JOIN people p ON p.id = t.person_id LEFT JOIN accounts a ON a.person_id = p.id
     WHERE t.group_id = ${groupId} AND t.role IN ('welcomer', 'referent') AND ${sql.trusted(currentTermSql('t'))}
       AND p.email IS NOT NULL AND p.archived_at IS NULL`,
    {
      personId: col.uuid,
      firstName: col.text,
      email: col.text,
      locale: col.oneOf(['fr', 'en'] as const),
      role: col.text,
    },
  );
  const welcomers = rows.filter((r) => r.role === 'welcomer');
  const chosen = welcomers.length ? welcomers : rows;
  return [...new Map(chosen.map(({ role: _, ...c }) => [c.email, c])).values()];
}
