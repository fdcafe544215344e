import type { EntityManager } from 'typeorm';
import type { SeedIds, SeedStep } from '../../database/seed/seed';
import { CURRENT_CONSENT_VERSION } from './consent';
import { ConsentEvent } from './consent-event.entity';
import { NewsletterList } from './newsletter-list.entity';
import { demoLists, demoSubscribers } from './newsletters.demo-data';
import { Subscriber } from './subscriber.entity';
import { Subscription } from './subscription.entity';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

async function seedSubscribers(em: EntityManager, ids: SeedIds): Promise<number> {
  for (const list of demoLists) ids.set(`list:${list.key}`, (await em.save(em.create(NewsletterList, list))).id);
  for (const [i, d] of demoSubscribers.entries()) {
    const joined = daysAgo(400 - i * 13);
    const status = d.status ?? 'confirmed';
    const s = await em.save(em.create(Subscriber, {
      email: d.email, firstName: d.firstName, lastName: d.lastName, locale: d.locale, status,
      confirmedAt: status === 'pending' ? null : joined,
      unsubscribedAt: status === 'unsubscribed' ? daysAgo(20) : null,
      bouncedAt: status === 'bounced' ? daysAgo(60) : null,
      statusReason: status === 'bounced' ? '550 5.1.1 <ancienne.adresse@territoires.example.org>: Recipient address rejected: User unknown' : null,
      // The pending request is recent: the 30-day purge has not come for it yet.
      createdAt: status === 'pending' ? daysAgo(3) : joined,
    }));
    for (const key of d.lists) {
      const listId = ids.get(`list:${key}`)!;
      const subStatus = status === 'pending' ? 'pending' : status === 'unsubscribed' ? 'unsubscribed' : 'confirmed';
      await em.insert(Subscription, { subscriberId: s.id, listId, status: subStatus, confirmedAt: s.confirmedAt, unsubscribedAt: s.unsubscribedAt });
      const proof = { subscriberId: s.id, listId, ip: `192.0.2.${10 + i}`, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' };
      if (d.via === 'form') {
        await em.insert(ConsentEvent, { ...proof, action: 'subscribe_requested', at: s.createdAt, source: 'https://transiscope.example.org/lettre', textVersion: CURRENT_CONSENT_VERSION });
        if (s.confirmedAt) await em.insert(ConsentEvent, { ...proof, action: 'confirmed', at: new Date(joined.getTime() + 600_000), source: 'confirmation link', textVersion: CURRENT_CONSENT_VERSION });
      } else {
        await em.insert(ConsentEvent, { ...proof, ip: null, userAgent: null, action: 'added_by_staff', at: joined, source: 'Fiche papier signée au Transiscothon de Lyon', actorId: ids.get('account:lea-fontaine') ?? null });
      }
      if (status === 'unsubscribed') await em.insert(ConsentEvent, { ...proof, action: 'unsubscribed', at: s.unsubscribedAt!, source: 'one-click' });
      if (status === 'bounced') await em.insert(ConsentEvent, { ...proof, ip: null, userAgent: null, action: 'bounced', at: s.bouncedAt!, source: s.statusReason! });
    }
  }
  return demoLists.length + demoSubscribers.length;
}

/** Lists, subscribers with their proof of consent, issues already sent, the next one in draft, proposals. */
export const seedNewsletters: SeedStep = {
  name: 'newsletter lists, subscribers and issues',
  async run(em, ids) {
    return seedSubscribers(em, ids);
  },
};
