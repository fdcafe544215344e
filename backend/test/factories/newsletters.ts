import type { IssueResponse } from '../../src/modules/newsletters/dto/issue.response';
import type { NewsletterListResponse } from '../../src/modules/newsletters/dto/list.response';
import { created, type Overrides, type Poster } from './api';

let n = 0;

/** A private list with a unique key, through the API. */
export const createList = (c: Poster, body: Overrides = {}) => {
  const key = `liste-${Date.now().toString(36)}-${n++}`;
  return created<NewsletterListResponse>('list', c.post('/api/newsletters/lists', { key, name: key, ...body }));
};

/** A draft issue to `listIds` with one paragraph, through the API (which keeps the issue's lists). */
export const createIssue = (c: Poster, listIds: string[], body: Overrides = {}) =>
  created<IssueResponse>(
    'issue',
    c.post('/api/newsletters/issues', {
      title: 'Lettre de test',
      listIds,
      blocks: [{ type: 'free_text', html: '<p>Bonjour</p>' }],
      ...body,
    }),
  );

/** Runs SQL: the test app's `t.db.query`, or a client of the spec's own. */
type Query = (sql: string, params: unknown[]) => Promise<unknown>;

/**
 * `count` confirmed subscribers of a list, `<prefix><i>@example.org`, straight into the tables: many at once, with
 * no confirmation mail to go through.
 */
export async function addConfirmedSubscribers(query: Query, listId: string, count: number, prefix = 'abonne') {
  await query(
    `WITH s AS (
       INSERT INTO newsletter_subscribers (email, first_name, status, confirmed_at)
       SELECT $3::text || i || '@example.org', 'Abonné ' || i, 'confirmed', now()
       FROM generate_series(1, $1) i RETURNING id
     )
     INSERT INTO newsletter_subscriptions (subscriber_id, list_id, status, confirmed_at)
     SELECT id, $2, 'confirmed', now() FROM s`,
    [count, listId, prefix],
  );
}
