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
  /** Regular expressions (PostgreSQL ARE) of their name as free text writes it: "First Last", "Last First". */
  names: string[];
  /** Their first and last names as words: looked for, alone, only in the records about them (audit entries). */
  ownNames: string[];
  /** Other values of theirs that may be copied around verbatim: phone, notes. */
  otherValues: string[];
}

/** A value matched literally inside a regular expression (JavaScript's and PostgreSQL's escapes agree). */
export const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as free text writes it, whatever the spacing. */
const spelled = (...words: string[]) =>
  words
    .map((w) => w.trim())
    .filter(Boolean)
    .map(literal)
    .join('\\s+');

function namesOf(first: string | null, last: string | null): string[] {
  if (!first?.trim() || !last?.trim()) return [];
  return [spelled(first, last), spelled(last, first)];
}

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
    ownNames: wordsOf(s.first_name, s.last_name),
    otherValues: [],
  };
}

const isText = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

export const idsOf = (s: DataSubject) =>
  [s.personId, ...s.accountIds, ...s.subscriberIds, ...s.donorIds].filter(isText);
