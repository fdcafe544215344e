import { Account } from '../../auth/account.entity';
import { hashPassword } from '../../auth/password';
import { Organisation } from '../../modules/organisations/organisation.entity';
import { Membership } from '../../modules/people/membership.entity';
import { Person } from '../../modules/people/person.entity';
import { DEMO_PASSWORD, organisations, people } from './demo-data';
import type { SeedStep } from './seed';

/** Organisations, people, their memberships and the demo accounts. */
export const seedFoundation: SeedStep = {
  name: 'organisations, people and accounts',
  async run(em, ids) {
    for (const { key, ...o } of organisations) {
      const saved = await em.save(em.create(Organisation, o));
      ids.set(key, saved.id);
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const { key, memberships, account, ...p } of people) {
      const person = await em.save(em.create(Person, { ...p, email: p.email?.toLowerCase() ?? null }));
      ids.set(key, person.id);
      for (const m of memberships)
        await em.insert(Membership, { personId: person.id, organisationId: ids.get(m.organisation)!, role: m.role });
      if (account && person.email) {
        const saved = await em.save(
          em.create(Account, {
            personId: person.id,
            email: person.email,
            passwordHash,
            roles: account.roles,
            locale: account.locale,
          }),
        );
        ids.set(`account:${key}`, saved.id);
      }
    }
    return organisations.length + people.length;
  },
};
