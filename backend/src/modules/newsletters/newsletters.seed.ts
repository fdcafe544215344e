import { randomUUID } from 'node:crypto';
import { renderNewsletter } from '@maillage/emails';
import type { EntityManager } from 'typeorm';
import { loadConfig } from '../../config/app-config';
import type { StoredBlock } from './blocks';
import type { SeedIds, SeedStep } from '../../database/seed/seed';
import { CURRENT_CONSENT_VERSION } from './consent';
import { ConsentEvent } from './consent-event.entity';
import { NewsletterList } from './newsletter-list.entity';
import { issueContent } from './issue-renderer.service';
import { NewsletterIssueList } from './newsletter-issue-list.entity';
import { NewsletterIssue } from './newsletter-issue.entity';
import { demoIssues, demoLists, demoProposals, demoSubscribers, type DemoOutcome } from './newsletters.demo-data';
import { NewsletterProposal } from './proposal.entity';
import { Subscriber } from './subscriber.entity';
import { Subscription } from './subscription.entity';
import { exec, sql } from '../../database/sql';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

async function seedSubscribers(em: EntityManager, ids: SeedIds): Promise<number> {
  for (const list of demoLists) ids.set(`list:${list.key}`, (await em.save(em.create(NewsletterList, list))).id);
  for (const [i, d] of demoSubscribers.entries()) {
    const joined = daysAgo(400 - i * 13);
    const status = d.status ?? 'confirmed';
    const s = await em.save(
      em.create(Subscriber, {
        email: d.email,
        firstName: d.firstName,
        lastName: d.lastName,
        locale: d.locale,
        status,
        confirmedAt: status === 'pending' ? null : joined,
        unsubscribedAt: status === 'unsubscribed' ? daysAgo(20) : null,
        // Bounced on the last issue sent (see its outcomes).
        bouncedAt: status === 'bounced' ? daysAgo(10) : null,
        statusReason:
          status === 'bounced'
            ? '550 5.1.1 <ancienne.adresse@territoires.example.org>: Recipient address rejected: User unknown'
            : null,
        // The pending request is recent: the 30-day purge has not come for it yet.
        createdAt: status === 'pending' ? daysAgo(3) : joined,
      }),
    );
    for (const key of d.lists) {
      const listId = ids.get(`list:${key}`)!;
      const subStatus = status === 'pending' ? 'pending' : status === 'unsubscribed' ? 'unsubscribed' : 'confirmed';
      await em.insert(Subscription, {
        subscriberId: s.id,
        listId,
        status: subStatus,
        confirmedAt: s.confirmedAt,
        unsubscribedAt: s.unsubscribedAt,
      });
      const proof = {
        subscriberId: s.id,
        listId,
        ip: `192.0.2.${10 + i}`,
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
      };
      if (d.via === 'form') {
        await em.insert(ConsentEvent, {
          ...proof,
          action: 'subscribe_requested',
          at: s.createdAt,
          source: 'https://transiscope.example.org/lettre',
          textVersion: CURRENT_CONSENT_VERSION,
        });
        if (s.confirmedAt)
          await em.insert(ConsentEvent, {
            ...proof,
            action: 'confirmed',
            at: new Date(joined.getTime() + 600_000),
            source: 'confirmation link',
            textVersion: CURRENT_CONSENT_VERSION,
          });
      } else {
        await em.insert(ConsentEvent, {
          ...proof,
          ip: null,
          userAgent: null,
          action: 'added_by_staff',
          at: joined,
          source: 'Fiche papier signée au Transiscothon de Lyon',
          actorId: ids.get('account:lea-fontaine') ?? null,
        });
      }
      if (status === 'unsubscribed')
        await em.insert(ConsentEvent, { ...proof, action: 'unsubscribed', at: s.unsubscribedAt!, source: 'one-click' });
      if (status === 'bounced')
        await em.insert(ConsentEvent, {
          ...proof,
          ip: null,
          userAgent: null,
          action: 'bounced',
          at: s.bouncedAt!,
          source: s.statusReason!,
        });
    }
  }
  return demoLists.length + demoSubscribers.length;
}

/** Sent issues with their rendering and one delivery per subscriber of the time; the next issue in draft. */
async function seedIssues(em: EntityManager, ids: SeedIds): Promise<number> {
  const appUrl = loadConfig().APP_URL;
  const listId = ids.get('list:lettre-du-reseau')!;
  for (const d of demoIssues) {
    const blocks = d.blocks.map((b): StoredBlock => {
      if (b.type !== 'new_members') return { id: randomUUID(), ...b };
      const { organisations, ...rest } = b;
      return { id: randomUUID(), ...rest, organisationIds: organisations.map((key) => ids.get(key)!) };
    });
    const sentAt = d.sentDaysAgo === undefined ? null : daysAgo(d.sentDaysAgo);
    const issue = em.create(NewsletterIssue, {
      number: d.number,
      title: d.title,
      preheader: d.preheader,
      locale: 'fr',
      status: d.status,
      blocks,
      sendAt: sentAt ?? daysAgo(-50),
      sendingStartedAt: sentAt,
      sentAt,
      createdById: ids.get('account:lea-fontaine') ?? null,
    });
    if (sentAt) {
      const rendered = await renderNewsletter(await issueContent(em, issue, appUrl));
      Object.assign(issue, { renderedHtml: rendered.html, renderedText: rendered.text });
    }
    const saved = await em.save(issue);
    await em.insert(NewsletterIssueList, { issueId: saved.id, listId, position: 0 });
    if (sentAt) {
      await exec(
        em,
        sql`INSERT INTO newsletter_deliveries (issue_id, subscriber_id, list_id, status, attempts, sent_at, handed_at, smtp_response)
         SELECT ${saved.id}::uuid, x.subscriber_id, x.list_id, 'sent', 1, ${sentAt}::timestamptz, ${sentAt}::timestamptz,
                '250 2.0.0 Ok: queued'
         FROM newsletter_subscriptions x JOIN newsletter_subscribers s ON s.id = x.subscriber_id
         WHERE x.list_id = ${listId} AND s.created_at < ${sentAt} AND x.status <> 'pending'`,
      );
      if (d.outcomes) await seedOutcomes(em, saved.id, d.outcomes);
    }
  }
  for (const { proposer, ...p } of demoProposals) {
    await em.save(
      em.create(NewsletterProposal, { ...p, proposedById: ids.get(`account:${proposer}`)!, status: 'pending' }),
    );
  }
  return demoIssues.length + demoProposals.length;
}

/** What the relay answered for some recipients of an issue: the deliveries page has something to show. */
async function seedOutcomes(em: EntityManager, issueId: string, outcomes: DemoOutcome[]): Promise<void> {
  for (const o of outcomes) {
    const updated = await exec(
      em,
      sql`UPDATE newsletter_deliveries d SET status = ${o.status}, attempts = ${o.attempts},
            smtp_response = ${o.smtpResponse}, sent_at = CASE WHEN ${o.status} = 'sent' THEN d.sent_at END
          FROM newsletter_subscribers s WHERE s.id = d.subscriber_id AND d.issue_id = ${issueId} AND s.email = ${o.email}`,
    );
    if (updated !== 1) throw new Error(`demo outcome for ${o.email}: no such delivery`);
  }
}

/** Lists, subscribers with their proof of consent, issues already sent, the next one in draft, proposals. */
export const seedNewsletters: SeedStep = {
  name: 'newsletter lists, subscribers, issues and proposals',
  async run(em, ids) {
    return (await seedSubscribers(em, ids)) + (await seedIssues(em, ids));
  },
};
