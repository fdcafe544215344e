import { Not, type EntityManager } from 'typeorm';
import { exec, sql } from '../../database/sql';
import { ConsentEvent } from './consent-event.entity';
import { skipQueuedDeliveries } from './skip-deliveries';
import { Subscription } from './subscription.entity';

export interface Leaving {
  subscriberId: string;
  /** One list, or every list of the person. */
  listId: string | null;
  /** What the consent history says it came from: "one-click", "mailto"… */
  source: string;
  ip?: string | null;
  userAgent?: string | null;
}

/**
 * Takes the person off the list (or all their lists), with a consent event per list left and their queued messages
 * of it skipped; with no list left, the person is unsubscribed. Repeating it changes nothing. Returns the lists left.
 */
export async function leaveLists(em: EntityManager, leaving: Leaving): Promise<number> {
  const { subscriberId, listId } = leaving;
  const subs = await em.find(Subscription, {
    where: listId ? { subscriberId, listId } : { subscriberId },
    lock: { mode: 'pessimistic_write' },
  });
  const now = new Date();
  const left = subs.filter((s) => s.status !== 'unsubscribed');
  for (const s of left) {
    await em.update(Subscription, s.id, { status: 'unsubscribed', unsubscribedAt: now });
    await em.insert(ConsentEvent, {
      subscriberId,
      listId: s.listId,
      action: 'unsubscribed',
      source: leaving.source,
      ip: leaving.ip ?? null,
      userAgent: leaving.userAgent?.slice(0, 300) ?? null,
    });
    await skipQueuedDeliveries(em, subscriberId, s.listId);
  }
  if ((await em.countBy(Subscription, { subscriberId, status: Not('unsubscribed') })) === 0) {
    await exec(
      em,
      sql`UPDATE newsletter_subscribers SET status = 'unsubscribed', unsubscribed_at = now()
          WHERE id = ${subscriberId} AND status IN ('confirmed', 'pending')`,
    );
  }
  return left.length;
}
