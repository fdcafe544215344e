import type { EntityManager } from 'typeorm';
import { many, maybeOne, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

/**
 * Whom an access export or an erasure is about, and how they can be recognised in the data: the ids that point at
 * them, the addresses and names that spell them out. A person brings their accounts and the newsletter subscriptions
 * of their addresses; a subscriber who is nobody else on file comes alone.
 */
export interface DataSubject {
  personId: string | null;
  accountIds: string[];
  subscriberIds: string[];
  /** Their donor records (donations): linked to the person, or with one of their addresses. */
  donorIds: string[];
  /** Lower-cased. */
  emails: string[];
  /**
   * Regular expressions (PostgreSQL ARE) of their name as free text writes it, whatever the case and accents: "First
   * Last", "Last First", "F. Last".
   */
  names: string[];
  /** Their last name alone, as a whole word: replaced only in the records linked to them (`linked-records.ts`). */
  lastName: string | null;
  /** Their first and last names as words: looked for, alone, only in the records about them (audit entries). */
  ownNames: string[];
  /** Other values of theirs that may be copied around verbatim: phone, notes. */
  otherValues: string[];
}

/** A value matched literally inside a regular expression (JavaScript's and PostgreSQL's escapes agree). */
export const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters free text may write with or without an accent (« Hélène », « Helene »). */
const ACCENTED: Record<string, string> = {
  a: 'aàâäáã',
  c: 'cç',
  e: 'eéèêë',
  i: 'iîïíì',
  n: 'nñ',
  o: 'oôöóò',
  u: 'uùûüú',
  y: 'yÿ',
};
/** A word as a pattern that matches it whatever its accents (with `~*`, whatever its case too). */
export const accentless = (word: string) =>
  [
    ...word
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  ]
    // Both cases spelled out: `~*` folds accented capitals (« É ») only under a database locale that knows them.
    .map((ch) => (ACCENTED[ch] ? `[${ACCENTED[ch]}${ACCENTED[ch].toUpperCase()}]` : literal(ch)))
    .join('');

/** A name as free text writes it, whatever the spacing and accents. */
const spelled = (...words: string[]) =>
  words
    .map((w) => w.trim())
    .filter(Boolean)
    .map(accentless)
    .join('\\s+');

/** "First Last", "Last First" and "F. Last" (the initial with or without its dot), as whole words. */
function namesOf(first: string | null, last: string | null): string[] {
  if (!first?.trim() || !last?.trim()) return [];
  const initial = `${accentless(first.trim()[0])}\\.?\\s*${spelled(last)}`;
  return [spelled(first, last), spelled(last, first), `\\m${initial}\\M`];
}

/** A last name alone, as a whole word; none when too short to tell from an ordinary word (« Le », « Na »). */
const lastNameOf = (last: string | null) => (last && last.trim().length >= 3 ? `\\m${spelled(last)}\\M` : null);

/** Each name as a whole JSON string value or word (`"Vasseur"`), not inside another word. */
const wordsOf = (...names: (string | null)[]) => names.filter(isText).map((n) => `\\m${literal(n.trim())}\\M`);

export async function personSubject(em: EntityManager, personId: string): Promise<DataSubject | null> {
  const person = await maybeOne(
    em,
    sql`SELECT first_name, last_name, email, phone, notes FROM people WHERE id = ${personId}`,
    {
      first_name: col.text,
      last_name: col.text,
      email: col.text.nullable,
      phone: col.text.nullable,
      notes: col.text.nullable,
    },
  );
  if (!person) return null;
  const accounts = await many(em, sql`SELECT id, lower(email) AS email FROM accounts WHERE person_id = ${personId}`, {
    id: col.uuid,
    email: col.text,
  });
  const emails = [...new Set([person.email?.toLowerCase(), ...accounts.map((a) => a.email)].filter(isText))];
  const subscribers = await many(
    em,
    sql`SELECT id FROM newsletter_subscribers WHERE lower(email) = ANY(${emails}::text[])`,
    { id: col.uuid },
  );
  const donors = await many(
    em,
    sql`SELECT id, address FROM donors WHERE person_id = ${personId} OR lower(email) = ANY(${emails}::text[])`,
    { id: col.uuid, address: col.text.nullable },
  );
  return {
    personId,
    accountIds: accounts.map((a) => a.id),
    subscriberIds: subscribers.map((s) => s.id),
    donorIds: donors.map((d) => d.id),
    emails,
    names: namesOf(person.first_name, person.last_name),
    lastName: lastNameOf(person.last_name),
    ownNames: wordsOf(person.first_name, person.last_name),
    // A donor's postal address is copied onto receipts and into the audit log: looked for like a phone number.
    otherValues: [person.phone, person.notes, ...donors.map((d) => d.address)].filter(isText),
  };
}

/** A newsletter subscriber on their own; null when a person on file has the same address (erase the person). */
export async function subscriberSubject(em: EntityManager, subscriberId: string): Promise<DataSubject | null> {
  const s = await maybeOne(
    em,
    sql`SELECT lower(email) AS email, first_name, last_name,
          EXISTS (SELECT 1 FROM people p WHERE lower(p.email) = lower(s.email)) AS is_person
        FROM newsletter_subscribers s WHERE id = ${subscriberId}`,
    { email: col.text, first_name: col.text.nullable, last_name: col.text.nullable, is_person: col.bool },
  );
  if (!s || s.is_person) return null;
  return {
    personId: null,
    accountIds: [],
    subscriberIds: [subscriberId],
    donorIds: [],
    emails: [s.email],
    names: namesOf(s.first_name, s.last_name),
    // A subscriber alone has no records linked to them but their own.
    lastName: null,
    ownNames: wordsOf(s.first_name, s.last_name),
    otherValues: [],
  };
}

const isText = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

export const idsOf = (s: DataSubject) =>
  [s.personId, ...s.accountIds, ...s.subscriberIds, ...s.donorIds].filter(isText);
