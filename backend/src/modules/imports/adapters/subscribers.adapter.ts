import type { EntityManager } from 'typeorm';
import { exec, many, sql } from '../../../database/sql';
import { col } from '../../../database/sql-columns';
import { msg } from '../../../common/error-catalogue';
import type { RowReader } from '../fields';
import { ImportError } from '../imports.errors';
import { changed, type ImportAdapter, type RowPlan, type ImportContext } from './adapter';

/** Statuses of someone who left: never signed up again by a file. */
const LEFT = ['unsubscribed', 'bounced', 'complained'] as const;
/** Statuses a file may carry for a new address without any consent: it is kept so, on no list, never mailed. */
const UNCONFIRMED = ['pending', ...LEFT] as const;
type Unconfirmed = (typeof UNCONFIRMED)[number];

export interface SubscriberRow {
  email: string;
  firstName: string | null;
  lastName: string | null;
  locale: 'fr' | 'en' | null;
  /**
   * A status the file records (the export's « Statut ») other than confirmed: a new address is kept with it, on no
   * list; a confirmed (or empty) status is the consent the import records.
   */
  unconfirmed: Unconfirmed | null;
  lists: string[];
  consentSource: string | null;
  /** Filled by the plan: the lists' ids to subscribe to. */
  listIds?: string[];
}

const label = (fr: string, en: string) => ({ fr, en });
const STATUSES = {
  confirmed: ['confirmé', 'confirmée', 'inscrit', 'inscrite', 'abonné', 'abonnée'],
  pending: ['en attente'],
  unsubscribed: ['désinscrit', 'désinscrite', 'désabonné', 'désabonnée'],
  bounced: ['en erreur', 'rejeté'],
  complained: ['plainte', 'signalé comme spam'],
};

/**
 * Matched on email and list (the export's « Listes » cell, ` | ` between names, each list must exist and be open).
 * Each new subscription is confirmed and its consent proof recorded as an import (`imported`, the file's « Source du
 * consentement » or its name, who imported it and from where). Someone on file who left (unsubscribed, bounced,
 * complained, or left that list) is never signed up again by an import: their row changes nothing. A new address
 * whose « Statut » is not confirmed is kept with that status (never mailed), with its lists and source as written.
 */
export const subscribersAdapter: ImportAdapter<SubscriberRow> = {
  kind: 'subscribers',
  entityType: 'Subscriber',
  fields: [
    { name: 'email', label: label('Courriel', 'Email'), required: true, aliases: ['e mail', 'mail', 'adresse'] },
    { name: 'firstName', label: label('Prénom', 'First name'), aliases: ['first name', 'firstname'] },
    { name: 'lastName', label: label('Nom', 'Last name'), aliases: ['nom de famille', 'last name', 'surname'] },
    { name: 'locale', label: label('Langue', 'Language'), aliases: ['locale', 'lang'] },
    { name: 'status', label: label('Statut', 'Status'), aliases: ['etat'] },
    { name: 'lists', label: label('Listes', 'Lists'), aliases: ['liste', 'list', 'newsletter'] },
    {
      name: 'consentSource',
      label: label('Source du consentement', 'Consent source'),
      aliases: ['consentement', 'consent', 'source'],
    },
  ],

  read(r: RowReader) {
    const status = r.oneOf('status', STATUSES);
    const value: SubscriberRow = {
      email: r.email('email', true)!,
      firstName: r.text('firstName', 100),
      lastName: r.text('lastName', 100),
      locale: r.oneOf('locale', { fr: ['français', 'french'], en: ['anglais', 'english'] }),
      unconfirmed: UNCONFIRMED.find((s) => s === status) ?? null,
      lists: (r.text('lists', 2000) ?? '')
        .split('|')
        .map((l) => l.trim())
        .filter(Boolean),
      consentSource: r.text('consentSource', 400),
    };
    if (!value.unconfirmed && !value.lists.length && !r.errors.length) r.fail('lists', ImportError.Required);
    return r.errors.length ? undefined : value;
  },

  keys: (v) => (v.lists.length ? v.lists.map((l) => `email:${v.email}/${l.toLowerCase()}`) : [`email:${v.email}`]),
  label: (v) => v.email,

  async plan(em, rows, fail) {
    const lists = new Map(
      (
        await many(
          em,
          sql`SELECT id, lower(name) AS name FROM newsletter_lists
              WHERE archived_at IS NULL AND lower(name) = ANY(${rows.flatMap((r) => r.value.lists.map((l) => l.toLowerCase()))}::text[])`,
          { id: col.uuid, name: col.text },
        )
      ).map((l) => [l.name, l.id]),
    );
    const found = await many(
      em,
      sql`SELECT s.id, lower(s.email) AS email, s.first_name AS "firstName", s.last_name AS "lastName", s.locale, s.status,
                 coalesce((SELECT array_agg(x.list_id::text) FROM newsletter_subscriptions x
                           WHERE x.subscriber_id = s.id AND x.status IN ('confirmed', 'unsubscribed')), '{}') AS held
          FROM newsletter_subscribers s WHERE lower(s.email) = ANY(${rows.map((r) => r.value.email)}::text[])`,
      {
        id: col.uuid,
        email: col.text,
        firstName: col.text.nullable,
        lastName: col.text.nullable,
        locale: col.text,
        status: col.text,
        held: col.array(col.text),
      },
    );
    const byEmail = new Map(found.map((s) => [s.email, s]));
    const plans: RowPlan<SubscriberRow>[] = [];
    for (const { line, value } of rows) {
      const unknown = value.lists.find((l) => !lists.has(l.toLowerCase()));
      if (unknown) {
        fail(line, 'lists', msg(ImportError.UnknownList, { name: unknown }));
        continue;
      }
      const s = byEmail.get(value.email);
      // Someone on file who left, or whom the file says is not confirmed, is not put on a list again by a file; nor
      // is anyone on a list they are on or left. A new address is kept as the file has it, lists and status.
      const gone = s !== undefined && (value.unconfirmed !== null || (LEFT as readonly string[]).includes(s.status));
      const listIds = gone
        ? []
        : value.lists.map((l) => lists.get(l.toLowerCase())!).filter((id) => !s?.held.includes(id));
      const { firstName, lastName, locale } = value;
      const changes = s ? changed(s, { firstName, lastName, locale }) : {};
      if (listIds.length) changes.lists = [null, value.lists.join(' | ')];
      const status = !s ? 'created' : Object.keys(changes).length ? 'updated' : 'unchanged';
      plans.push({ line, value: { ...value, listIds }, status, id: s?.id ?? null, changes });
    }
    return plans;
  },

  async write(em: EntityManager, plans, by: ImportContext) {
    const created = plans.filter((p) => p.status === 'created');
    if (created.length) {
      const { identifiers } = await em.insert(
        'Subscriber',
        created.map(({ value: v }) => ({
          email: v.email,
          firstName: v.firstName,
          lastName: v.lastName,
          locale: v.locale ?? 'fr',
          status: v.unconfirmed ?? 'confirmed',
          confirmedAt: v.unconfirmed ? null : new Date(),
          unsubscribedAt: v.unconfirmed === 'unsubscribed' || v.unconfirmed === 'complained' ? new Date() : null,
          bouncedAt: v.unconfirmed === 'bounced' ? new Date() : null,
        })),
      );
      identifiers.forEach((x, i) => (created[i].id = x.id as string));
    }
    for (const p of plans.filter((p) => p.status === 'updated')) {
      const { lists: _lists, ...fields } = p.changes;
      if (Object.keys(fields).length)
        await em.update('Subscriber', p.id!, Object.fromEntries(Object.entries(fields).map(([k, [, a]]) => [k, a])));
    }
    const subscriptions = plans.flatMap((p) => (p.value.listIds ?? []).map((listId) => ({ p, listId })));
    const ids = subscriptions.map((s) => s.p.id!);
    if (subscriptions.length) {
      await exec(
        em,
        sql`INSERT INTO newsletter_subscriptions (subscriber_id, list_id, status, confirmed_at)
            SELECT s, l, 'confirmed', now() FROM unnest(${ids}::uuid[], ${subscriptions.map((s) => s.listId)}::uuid[]) AS r(s, l)
            ON CONFLICT (subscriber_id, list_id) DO UPDATE SET status = 'confirmed', confirmed_at = now()`,
      );
      // Someone who asked on the site and never confirmed is confirmed by the consent the import records.
      const confirmed = subscriptions.filter((s) => !s.p.value.unconfirmed).map((s) => s.p.id!);
      await exec(
        em,
        sql`UPDATE newsletter_subscribers SET status = 'confirmed', confirmed_at = coalesce(confirmed_at, now()),
              confirm_token_hash = NULL, confirm_token_expires_at = NULL
            WHERE id = ANY(${confirmed}::uuid[]) AND status = 'pending'`,
      );
    }
    // The proof: one event per list signed up to, or one without a list for a new address the file gives a source.
    const proofs = [
      ...subscriptions.map((s) => ({ p: s.p, listId: s.listId })),
      ...created.filter((p) => !p.value.listIds?.length && p.value.consentSource).map((p) => ({ p, listId: null })),
    ];
    if (!proofs.length) return;
    await exec(
      em,
      sql`INSERT INTO newsletter_consent_events (subscriber_id, list_id, action, source, ip, actor_id)
          SELECT s, l, 'imported', src, ${by.ip}, ${by.userId}
          FROM unnest(${proofs.map((x) => x.p.id!)}::uuid[], ${proofs.map((x) => x.listId)}::uuid[],
                      ${proofs.map((x) => x.p.value.consentSource ?? `Import ${by.fileName}`)}::text[]) AS r(s, l, src)`,
    );
  },
};
