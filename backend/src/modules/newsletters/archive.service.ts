import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { personaliseNewsletter } from '@maillage/emails';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { NotFound } from '../../common/errors';
import type { ArchivedIssueResponse } from './dto/issue.response';
import { exec, many, maybeOne, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { SUBSCRIBER_LOCALES } from './subscriber.entity';
import { NewsletterError } from './newsletters.errors';

/** The public side of sent issues: the archive page and each issue's web version. */
@Injectable()
export class ArchiveService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  list(): Promise<ArchivedIssueResponse[]> {
    return many(
      this.db,
      sql`SELECT number, title, preheader, coalesce(sent_at, send_at) AS "sentAt" FROM newsletter_issues
          WHERE status = 'sent' ORDER BY number DESC`,
      { number: col.int, title: col.text, preheader: col.text.nullable, sentAt: col.timestamp },
    );
  }

  /** The rendering that was sent, with the greeting of nobody in particular and a link to the subscribe page. */
  async webVersion(number: number): Promise<string> {
    const row = await maybeOne(
      this.db,
      sql`SELECT title, locale, rendered_html FROM newsletter_issues
          WHERE number = ${number} AND status = 'sent' AND rendered_html IS NOT NULL`,
      { title: col.text, locale: col.oneOf(SUBSCRIBER_LOCALES), rendered_html: col.text },
    );
    if (!row) {
      // The public page tells an issue still being prepared (or sent right now) from a number that matches nothing.
      const exists = await maybeOne(this.db, sql`SELECT 1 AS one FROM newsletter_issues WHERE number = ${number}`, {
        one: col.int,
      });
      throw new NotFound(exists ? NewsletterError.IssueNotOutYet : NewsletterError.IssueDoesNotExistNot);
    }
    const rendered = {
      locale: row.locale,
      subject: row.title,
      html: row.rendered_html.replace(OPEN_PIXEL, ''),
      text: '',
    };
    return personaliseNewsletter(rendered, {
      firstName: null,
      unsubscribeUrl: `${this.config.APP_URL}/newsletter/subscribe`,
    }).html;
  }

  /** One more open of an issue that counts them: a number, nothing about who. */
  async countOpen(number: number): Promise<void> {
    await exec(
      this.db,
      sql`UPDATE newsletter_issues SET open_count = open_count + 1
          WHERE number = ${number} AND count_opens AND status IN ('sending', 'paused', 'sent')`,
    );
  }
}

/** The 1×1 image an issue that counts opens carries; the same URL for every recipient. */
export const openPixel = (appUrl: string, number: number) =>
  `<img src="${appUrl}/api/newsletters/public/archive/${number}/open.gif" width="1" height="1" alt="" style="display:block;border:0" />`;
const OPEN_PIXEL = /<img src="[^"]*\/open\.gif"[^>]*\/>/;

/** A transparent GIF of one pixel. */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
