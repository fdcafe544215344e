import { exportList } from '../../common/exports/columns';
import type { PersonResponse } from './dto/person.response';

/** The people export, its columns in their stable order. Memberships read « Organisation (role) | … ». */
export const PEOPLE_EXPORT = exportList<PersonResponse>({
  file: 'personnes',
  title: { fr: 'Personnes', en: 'People' },
  columns: [
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (p) => p.id },
    { key: 'firstName', header: { fr: 'Prénom', en: 'First name' }, kind: 'text', value: (p) => p.firstName },
    { key: 'lastName', header: { fr: 'Nom', en: 'Last name' }, kind: 'text', value: (p) => p.lastName },
    { key: 'email', header: { fr: 'Courriel', en: 'Email' }, kind: 'text', value: (p) => p.email },
    { key: 'phone', header: { fr: 'Téléphone', en: 'Phone' }, kind: 'text', value: (p) => p.phone },
    {
      key: 'memberships',
      header: { fr: 'Organisations (rôle)', en: 'Organisations (role)' },
      kind: 'text',
      value: (p) =>
        [...p.memberships]
          .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'fr'))
          .map((m) => `${m.organisationName} (${m.role})`)
          .join(' | '),
    },
    {
      key: 'copilSeat',
      header: { fr: 'Siège au COPIL', en: 'COPIL seat' },
      kind: 'boolean',
      value: (p) => p.memberships.some((m) => m.role === 'copil_member'),
    },
    { key: 'hasAccount', header: { fr: 'Compte', en: 'Account' }, kind: 'boolean', value: (p) => p.hasAccount },
    { key: 'notes', header: { fr: 'Notes', en: 'Notes' }, kind: 'text', value: (p) => p.notes },
    {
      key: 'archivedAt',
      header: { fr: 'Archivée le', en: 'Archived at' },
      kind: 'datetime',
      value: (p) => p.archivedAt,
    },
    { key: 'createdAt', header: { fr: 'Créée le', en: 'Created at' }, kind: 'datetime', value: (p) => p.createdAt },
  ],
});
