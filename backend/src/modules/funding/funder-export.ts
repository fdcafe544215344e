import { exportList } from '../../common/exports/columns';
import type { FunderListItemResponse } from './dto/funder.response';

export interface FunderExportRow extends FunderListItemResponse {
  notes: string | null;
  createdAt: Date;
}

/** The funders export, its columns in their stable order. */
export const FUNDERS_EXPORT = exportList<FunderExportRow>({
  file: 'financeurs',
  title: { fr: 'Financeurs', en: 'Funders' },
  xlsx: true,
  columns: [
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (f) => f.id },
    { key: 'name', header: { fr: 'Nom', en: 'Name' }, kind: 'text', value: (f) => f.name },
    { key: 'kind', header: { fr: 'Type', en: 'Kind' }, kind: 'text', value: (f) => f.kind },
    { key: 'website', header: { fr: 'Site web', en: 'Website' }, kind: 'text', value: (f) => f.website },
    { key: 'notes', header: { fr: 'Notes', en: 'Notes' }, kind: 'text', value: (f) => f.notes },
    {
      key: 'grantsCount',
      header: { fr: 'Subventions', en: 'Grants' },
      kind: 'number',
      value: (f) => f.grantsCount,
    },
    {
      key: 'grantedCents',
      header: { fr: 'Montant accordé (€)', en: 'Amount granted (€)' },
      kind: 'cents',
      value: (f) => f.grantedCents,
    },
    {
      key: 'archivedAt',
      header: { fr: 'Archivé le', en: 'Archived at' },
      kind: 'datetime',
      value: (f) => f.archivedAt,
    },
    { key: 'createdAt', header: { fr: 'Créé le', en: 'Created at' }, kind: 'datetime', value: (f) => f.createdAt },
  ],
});

export interface FunderContactExportRow {
  funderName: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  position: number;
}

/** The funders' contacts, one line each, named by their funder (its name is unique). */
export const FUNDER_CONTACTS_EXPORT = exportList<FunderContactExportRow>({
  file: 'contacts-financeurs',
  title: { fr: 'Contacts des financeurs', en: 'Funder contacts' },
  xlsx: true,
  columns: [
    { key: 'funder', header: { fr: 'Financeur', en: 'Funder' }, kind: 'text', value: (c) => c.funderName },
    { key: 'name', header: { fr: 'Nom', en: 'Name' }, kind: 'text', value: (c) => c.name },
    { key: 'role', header: { fr: 'Fonction', en: 'Role' }, kind: 'text', value: (c) => c.role },
    { key: 'email', header: { fr: 'Courriel', en: 'Email' }, kind: 'text', value: (c) => c.email },
    { key: 'phone', header: { fr: 'Téléphone', en: 'Phone' }, kind: 'text', value: (c) => c.phone },
    { key: 'position', header: { fr: 'Ordre', en: 'Order' }, kind: 'number', value: (c) => c.position },
  ],
});
