import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  renderNewsletter,
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

/** New members are stored as organisation ids: their name, territory and website are read when rendering. */
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
  const blocks = issue.blocks.map((b: StoredBlock): NewsletterBlock => {
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
