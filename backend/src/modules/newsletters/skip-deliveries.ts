import type { EntityManager } from 'typeorm';
import { exec, sql } from '../../database/sql';

/** Someone left (a list, or everything): what was queued for them and not yet handed to a lane is skipped. */
export async function skipQueuedDeliveries(em: EntityManager, subscriberId: string, listId?: string): Promise<void> {
  const onList = listId ? sql` AND list_id = ${listId}` : sql.empty;
  await exec(
    em,
    sql`UPDATE newsletter_deliveries SET status = 'skipped'
        WHERE subscriber_id = ${subscriberId}${onList} AND status IN ('queued', 'claimed')`,
  );
}
