import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TooManyRequests } from './errors';

@Injectable()
export class RateLimitService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records a hit and refuses once `max` hits fell in the last `windowMinutes`. */
  async hit(bucket: string, max: number, windowMinutes: number): Promise<void> {
    const [{ count }] = await this.db.query(
      `WITH ins AS (INSERT INTO rate_limit_hits (bucket, at) VALUES ($1, now()) RETURNING 1)
       SELECT count(*)::int + 1 AS count FROM rate_limit_hits WHERE bucket = $1 AND at > now() - make_interval(mins => $2)`,
      [bucket, windowMinutes],
    );
    if (count > max) throw new TooManyRequests();
  }

  /** Whether the bucket is already full, without counting a hit. */
  async isLimited(bucket: string, max: number, windowMinutes: number): Promise<boolean> {
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count FROM rate_limit_hits WHERE bucket = $1 AND at > now() - make_interval(mins => $2)`,
      [bucket, windowMinutes],
    );
    return count >= max;
  }

  async clear(bucket: string): Promise<void> {
    await this.db.query('DELETE FROM rate_limit_hits WHERE bucket = $1', [bucket]);
  }

  /** Old hits are useless; dropped hourly. */
  async purge(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_hits WHERE at < now() - interval '1 day'`);
  }
}
