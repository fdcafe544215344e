import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a statement that PostgreSQL parses and plans once per connection, then only executes: for a list query with
 * CTEs and joins, planning costs about as much as executing. The statement is named after its text, so the text
 * must carry only the query's shape (every value a parameter), or each call would leave a new one on the connection.
 * TypeORM's pool is used directly: its `query()` has no named statements.
 */
export async function preparedQuery<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  const name = `q_${createHash('sha1').update(text).digest('base64url')}`;
  return (await pool.query({ name, text, values })).rows as T[];
}
