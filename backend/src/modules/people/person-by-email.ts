import type { EntityManager } from 'typeorm';
import { Person } from './person.entity';

/**
 * The person a public form names by their address: created if unknown, else the known one left as it was (an
 * anonymous visitor must not rename or re-contact someone), so the form's answer tells nothing about who is known.
 */
export async function personByEmail(
  em: EntityManager,
  p: { firstName: string; lastName: string; email: string; phone?: string | null },
): Promise<Person> {
  await em
    .createQueryBuilder()
    .insert()
    .into(Person)
    .values({ firstName: p.firstName, lastName: p.lastName, email: p.email, phone: p.phone ?? null })
    .orIgnore()
    .execute();
  return em
    .getRepository(Person)
    .createQueryBuilder('p')
    .where('lower(p.email) = :email', { email: p.email.toLowerCase() })
    .getOneOrFail();
}
