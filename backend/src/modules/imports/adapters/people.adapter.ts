import type { EntityManager } from 'typeorm';
import type { Membership, MembershipRole } from '../../people/membership.entity';
import type { Person } from '../../people/person.entity';
import type { Organisation } from '../../organisations/organisation.entity';
import { msg } from '../../../common/error-catalogue';
import { ImportError } from '../imports.errors';
import type { RowReader } from '../fields';
import { changed, type ImportAdapter, type RowPlan } from './adapter';

export interface PersonRow {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  notes: string | null;
  organisation: string | null;
  /** « Organisation (role) | … », as the people export writes them: added to the one above. */
  memberships: { organisation: string; role: MembershipRole }[];
  role: MembershipRole | null;
  copilSeat: boolean | null;
  /** Filled by the plan: the organisation's id and the memberships to add. */
  organisationId?: string;
  newLinks?: { id: string; role: MembershipRole }[];
}

const ROLES = {
  representative: ['représentant·e', 'représentant', 'représentante', 'representative'],
  copil_member: ['membre du COPIL', 'copil', 'copil member'],
  staff: ['salarié·e', 'salarié', 'salariée', 'staff', 'employee'],
  volunteer: ['bénévole', 'volunteer'],
};
const label = (fr: string, en: string) => ({ fr, en });

/** Matched on email. The organisation is named (by name) and must exist; roles are added, never removed. */
export const peopleAdapter: ImportAdapter<PersonRow> = {
  kind: 'people',
  entityType: 'Person',
  fields: [
    {
      name: 'firstName',
      label: label('Prénom', 'First name'),
      required: true,
      aliases: ['prenom', 'first name', 'firstname'],
    },
    {
      name: 'lastName',
      label: label('Nom', 'Last name'),
      required: true,
      aliases: ['nom', 'nom de famille', 'last name', 'surname'],
    },
    {
      name: 'email',
      label: label('E-mail', 'Email'),
      required: true,
      aliases: ['email', 'courriel', 'e mail', 'mail'],
    },
    { name: 'phone', label: label('Téléphone', 'Phone'), aliases: ['telephone', 'tel', 'phone', 'portable'] },
    {
      name: 'organisation',
      label: label('Organisation', 'Organisation'),
      aliases: ['organisation', 'organization', 'structure'],
    },
    { name: 'role', label: label('Rôle', 'Role'), aliases: ['role', 'fonction'] },
    {
      name: 'memberships',
      label: label('Organisations (rôle)', 'Organisations (role)'),
      aliases: ['organisations role', 'memberships'],
    },
    { name: 'notes', label: label('Notes', 'Notes'), aliases: ['remarques', 'commentaire'] },
    {
      name: 'copilSeat',
      label: label('Siège au COPIL', 'COPIL seat'),
      aliases: ['copil', 'siege copil', 'membre du copil'],
    },
  ],

  read(r: RowReader) {
    const value = {
      firstName: r.text('firstName', 100, true),
      lastName: r.text('lastName', 100, true),
      email: r.email('email', true),
      phone: r.text('phone', 40),
      organisation: r.text('organisation', 200),
      role: r.oneOf('role', ROLES),
      notes: r.text('notes', 5000),
      memberships: r.list('memberships', /^(.+) \((\w+)\)$/).map(([organisation, role]) => ({
        organisation,
        role: (role in ROLES
          ? role
          : r.fail(
              'memberships',
              msg(ImportError.UnknownValue, { value: role, allowed: Object.keys(ROLES).join(', ') }),
            )) as MembershipRole,
      })),
      copilSeat: r.bool('copilSeat'),
    };
    if (
      ((value.role && !value.organisation) || (value.copilSeat && !value.organisation && !value.memberships.length)) &&
      !r.errors.length
    )
      r.fail('organisation', ImportError.Required);
    return r.errors.length ? undefined : (value as PersonRow);
  },

  keys: (v) => [`email:${v.email}`],
  label: (v) => `${v.firstName} ${v.lastName}`,

  async plan(em, rows, fail) {
    const orgNames = [
      ...new Set(
        rows.flatMap((r) => [r.value.organisation, ...r.value.memberships.map((m) => m.organisation)]).filter(Boolean),
      ),
    ].map((n) => n!.toLowerCase());
    const orgs = new Map(
      (
        await em
          .getRepository<Organisation>('Organisation')
          .createQueryBuilder('o')
          .where('lower(o.name) = ANY(:names)', { names: orgNames })
          .getMany()
      ).map((o) => [o.name.toLowerCase(), o.id]),
    );
    const people = await em
      .getRepository<Person>('Person')
      .createQueryBuilder('p')
      .where('lower(p.email) = ANY(:emails)', { emails: rows.map((r) => r.value.email) })
      .getMany();
    const byEmail = new Map(people.map((p) => [p.email!.toLowerCase(), p]));
    const memberships = people.length
      ? await em
          .getRepository<Membership>('Membership')
          .createQueryBuilder('m')
          .where('m.personId = ANY(:ids)', { ids: people.map((p) => p.id) })
          .getMany()
      : [];
    const held = new Set(memberships.map((m) => `${m.personId}/${m.organisationId}/${m.role}`));
    const plans: RowPlan<PersonRow>[] = [];
    for (const { line, value } of rows) {
      const organisationId = value.organisation ? orgs.get(value.organisation.toLowerCase()) : undefined;
      if (value.organisation && !organisationId) {
        fail(line, 'organisation', msg(ImportError.UnknownOrganisation, { name: value.organisation }));
        continue;
      }
      const person = byEmail.get(value.email);
      const listed = value.memberships.map((m) => ({ ...m, id: orgs.get(m.organisation.toLowerCase()) }));
      const missing = listed.find((m) => !m.id);
      if (missing) {
        fail(line, 'memberships', msg(ImportError.UnknownOrganisation, { name: missing.organisation }));
        continue;
      }
      const wanted = [
        ...(organisationId && value.role ? [{ id: organisationId, role: value.role }] : []),
        ...(organisationId && value.copilSeat && value.role !== 'copil_member'
          ? [{ id: organisationId, role: 'copil_member' as const }]
          : []),
        ...listed.map((m) => ({ id: m.id!, role: m.role })),
      ];
      const newLinks = wanted.filter(
        (w, i) =>
          wanted.findIndex((o) => o.id === w.id && o.role === w.role) === i &&
          (!person || !held.has(`${person.id}/${w.id}/${w.role}`)),
      );
      const row = { ...value, organisationId, newLinks };
      const { firstName, lastName, phone, notes } = value;
      // Matched on the email (whatever its case): the stored spelling stays.
      const changes = person ? changed(person, { firstName, lastName, phone, notes }) : {};
      if (newLinks.length) changes.roles = [null, newLinks.map((l) => l.role).join(', ')];
      const status = !person ? 'created' : Object.keys(changes).length ? 'updated' : 'unchanged';
      plans.push({ line, value: row, status, id: person?.id ?? null, changes });
    }
    return plans;
  },

  async write(em: EntityManager, plans) {
    const created = plans.filter((p) => p.status === 'created');
    if (created.length) {
      const { identifiers } = await em.insert(
        'Person',
        created.map(({ value: { firstName, lastName, email, phone, notes } }) => ({
          firstName,
          lastName,
          email,
          phone,
          notes,
        })),
      );
      identifiers.forEach((x, i) => (created[i].id = x.id as string));
    }
    for (const p of plans.filter((p) => p.status === 'updated')) {
      const { roles: _roles, ...fields } = p.changes;
      if (Object.keys(fields).length)
        await em.update('Person', p.id!, Object.fromEntries(Object.entries(fields).map(([k, [, a]]) => [k, a])));
    }
    const links = plans.flatMap((p) =>
      (p.value.newLinks ?? []).map((l) => ({ personId: p.id!, organisationId: l.id, role: l.role })),
    );
    if (links.length) await em.insert('Membership', links);
  },
};
