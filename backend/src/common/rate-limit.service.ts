import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TooManyRequests } from './errors';
import { exec, one, sql } from '../database/sql';
import { col } from '../database/sql-columns';

@Injectable()
export class RateLimitService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records a hit and refuses once `max` hits fell in the last `windowMinutes`. */
  async hit(bucket: string, max: number, windowMinutes: number): Promise<void> {
    const { count } = await one(
      this.db,
      sql`WITH ins AS (INSERT INTO rate_limit_hits (bucket, at) VALUES (${bucket}, now()) RETURNING 1)
       SELECT count(*)::int + 1 AS count FROM rate_limit_hits
       WHERE bucket = ${bucket} AND at > now() - make_interval(mins => ${windowMinutes})`,
      { count: col.int },
    );
    if (count > max) throw new TooManyRequests();
  }

  /** Whether the bucket is already full, without counting a hit. */
  async isLimited(bucket: string, max: number, windowMinutes: number): Promise<boolean> {
    const { count } = await one(
      this.db,
      sql`SELECT count(*)::int AS count FROM rate_limit_hits
          WHERE bucket = ${bucket} AND at > now() - make_interval(mins => ${windowMinutes})`,
      { count: col.int },
    );
    return count >= max;
  }

  async clear(bucket: string): Promise<void> {
    await exec(this.db, sql`DELETE FROM rate_limit_hits WHERE bucket = ${bucket}`);
  }

  /** Old hits are useless; dropped hourly. */
  async purge(): Promise<void> {
    await exec(this.db, sql`DELETE FROM rate_limit_hits WHERE at < now() - interval '1 day'`);
  }
}
