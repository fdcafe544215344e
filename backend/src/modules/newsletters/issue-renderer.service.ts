import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  renderNewsletter,
  type DonationProgress,
  type NewsletterBlock,
  type NewsletterIssueContent,
  type RenderedNewsletter,
} from '@maillage/emails';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import type { StoredBlock } from './blocks';
import type { NewsletterIssue } from './newsletter-issue.entity';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

export type IssueToRender = Pick<NewsletterIssue, 'number' | 'title' | 'preheader' | 'locale' | 'blocks'> & {
  sendAt?: Date | null;
};

/** A call for donations' campaigns: their totals when the issue is rendered (paid gifts, as the campaign page). */
async function campaignProgress(em: EntityManager, blocks: StoredBlock[]) {
  const ids = blocks.flatMap((b) => (b.type === 'donation' && b.campaignId ? [b.campaignId] : []));
  if (!ids.length) return new Map<string, DonationProgress>();
  const rows = await many(
    em,
    sql`SELECT c.id, c.goal_cents AS "goalCents",
               coalesce(sum(g.amount_cents) FILTER (WHERE g.status = 'paid'), 0) AS "raisedCents",
               count(DISTINCT g.donor_id) FILTER (WHERE g.status = 'paid')::int AS "donorsCount"
          FROM donation_campaigns c LEFT JOIN gifts g ON g.campaign_id = c.id
         WHERE c.id = ANY(${ids}::uuid[]) GROUP BY c.id`,
    { id: col.uuid, goalCents: col.cents.nullable, raisedCents: col.cents, donorsCount: col.int },
  );
  return new Map(rows.map(({ id, ...progress }) => [id, progress]));
}

/**
 * New members are stored as organisation ids: their name, territory and website are read when rendering; so is the
 * progress of a call for donations' campaign.
 */
export async function issueContent(
  em: EntityManager,
  issue: IssueToRender,
  appUrl: string,
): Promise<NewsletterIssueContent> {
  const ids = issue.blocks.flatMap((b) => (b.type === 'new_members' ? b.organisationIds : []));
  const orgs = ids.length
    ? await many(em, sql`SELECT id, name, territory, website FROM organisations WHERE id = ANY(${ids}::uuid[])`, {
        id: col.uuid,
        name: col.text,
        territory: col.text.nullable,
        website: col.text.nullable,
      })
    : [];
  const progress = await campaignProgress(em, issue.blocks);
  const blocks = issue.blocks.map((b: StoredBlock): NewsletterBlock => {
    if (b.type === 'donation') {
      const { id: _, campaignId, ...block } = b;
      return { ...block, progress: campaignId ? progress.get(campaignId) : null };
    }
    if (b.type !== 'new_members') {
      const { id: _, ...block } = b;
      return block;
    }
    const members = b.organisationIds
      .flatMap((id) => orgs.filter((o) => o.id === id))
      .map((o) => ({ name: o.name, territory: o.territory, url: o.website }));
    return { type: 'new_members', title: b.title, intro: b.intro, members };
  });
  return {
    locale: issue.locale,
    number: issue.number,
    title: issue.title,
    preheader: issue.preheader,
    date: issue.sendAt ?? new Date(),
    webVersionUrl: `${appUrl}/newsletter/archive/${issue.number}`,
    archiveUrl: `${appUrl}/newsletter/archive`,
    blocks,
  };
}

/** Turns an issue as stored into the one MJML rendering every recipient's copy is filled from. */
@Injectable()
export class IssueRenderer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  unsubscribeUrl(token: string): string {
    return `${this.config.APP_URL}/api/newsletters/public/unsubscribe/${token}`;
  }

  content(issue: IssueToRender, em: EntityManager = this.db.manager): Promise<NewsletterIssueContent> {
    return issueContent(em, issue, this.config.APP_URL);
  }

  async render(issue: IssueToRender, em?: EntityManager): Promise<RenderedNewsletter> {
    return renderNewsletter(await this.content(issue, em));
  }
}
