import type { PersonResponse } from '../../src/modules/people/dto/person.response';
import type { TestApp } from '../support/app';
import { created, type Overrides, type Poster, unique } from './api';

/** The id of a seeded person: the one an account of that email signs in as, or else the card with that email. */
export async function personId(t: TestApp, email: string): Promise<string> {
  const [row] = await t.db.query(
    `SELECT coalesce((SELECT person_id FROM accounts WHERE email = $1), (SELECT id FROM people WHERE email = $1))
       AS id`,
    [email],
  );
  if (!row.id) throw new Error(`no seeded person with the email ${email}`);
  return row.id;
}

/** A contact card without account, through the API. */
export const createPerson = (c: Poster, body: Overrides = {}) =>
  created<PersonResponse>('person', c.post('/api/people', { firstName: 'Camille', lastName: unique('Test'), ...body }));
