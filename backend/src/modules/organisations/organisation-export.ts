import { exportList } from '../../common/exports/columns';
import type { Organisation } from './organisation.entity';

/** The organisations export, its columns in their stable order (the import reads them back by these headers). */
export const ORGANISATIONS_EXPORT = exportList<Organisation>({
  file: 'organisations',
  title: { fr: 'Organisations', en: 'Organisations' },
  columns: [
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (o) => o.id },
    { key: 'name', header: { fr: 'Nom', en: 'Name' }, kind: 'text', value: (o) => o.name },
    { key: 'kind', header: { fr: 'Type', en: 'Kind' }, kind: 'text', value: (o) => o.kind },
    {
      key: 'membershipStatus',
      header: { fr: 'Statut d’adhésion', en: 'Membership status' },
      kind: 'text',
      value: (o) => o.membershipStatus,
    },
    {
      key: 'candidateSince',
      header: { fr: 'Candidate depuis', en: 'Candidate since' },
      kind: 'day',
      value: (o) => o.candidateSince,
    },
    {
      key: 'memberSince',
      header: { fr: 'Membre depuis', en: 'Member since' },
      kind: 'day',
      value: (o) => o.memberSince,
    },
    {
      key: 'formerSince',
      header: { fr: 'Ancienne membre depuis', en: 'Former member since' },
      kind: 'day',
      value: (o) => o.formerSince,
    },
    {
      key: 'charterSignedOn',
      header: { fr: 'Charte signée le', en: 'Charter signed on' },
      kind: 'day',
      value: (o) => o.charterSignedOn,
    },
    {
      key: 'hasCopilSeat',
      header: { fr: 'Siège au COPIL', en: 'COPIL seat' },
      kind: 'boolean',
      value: (o) => o.hasCopilSeat,
    },
    { key: 'territory', header: { fr: 'Territoire', en: 'Territory' }, kind: 'text', value: (o) => o.territory },
    { key: 'siren', header: { fr: 'SIREN', en: 'SIREN' }, kind: 'text', value: (o) => o.siren },
    { key: 'rna', header: { fr: 'RNA', en: 'RNA' }, kind: 'text', value: (o) => o.rna },
    { key: 'postcode', header: { fr: 'Code postal', en: 'Postcode' }, kind: 'text', value: (o) => o.postcode },
    { key: 'website', header: { fr: 'Site web', en: 'Website' }, kind: 'text', value: (o) => o.website },
    {
      key: 'contactEmail',
      header: { fr: 'Courriel de contact', en: 'Contact email' },
      kind: 'text',
      value: (o) => o.contactEmail,
    },
    {
      key: 'contactPhone',
      header: { fr: 'Téléphone de contact', en: 'Contact phone' },
      kind: 'text',
      value: (o) => o.contactPhone,
    },
    { key: 'description', header: { fr: 'Description', en: 'Description' }, kind: 'text', value: (o) => o.description },
    {
      key: 'archivedAt',
      header: { fr: 'Archivée le', en: 'Archived at' },
      kind: 'datetime',
      value: (o) => o.archivedAt,
    },
    { key: 'createdAt', header: { fr: 'Créée le', en: 'Created at' }, kind: 'datetime', value: (o) => o.createdAt },
  ],
});
