import { many, sql, type Db } from '../database/sql';
import { col } from '../database/sql-columns';
import { LOCALES } from './dto/auth.response';
import type { Role } from './roles';

/** Every active account holding `role`, with the first name and language a reminder mail is written in. */
export const activeAccountsWithRole = (db: Db, role: Role) =>
  many(
    db,
    sql`SELECT a.email, p.first_name AS "firstName", a.locale FROM accounts a JOIN people p ON p.id = a.person_id
         WHERE ${role} = ANY(a.roles) AND a.disabled_at IS NULL ORDER BY a.email`,
    { email: col.text, firstName: col.text, locale: col.oneOf(LOCALES) },
  );
