import { exportList } from '../../common/exports/columns';

/** A contribution as the export query reads it (names joined, days as `YYYY-MM-DD`, money in cents). */
export interface ContributionExportRow {
  id: string;
  status: string;
  organisation: string | null;
  person: string | null;
  type: string;
  unit: string;
  starts: string;
  ends: string | null;
  quantity: string;
  rate: string | null;
  value: string | null;
  description: string;
  evidence: string | null;
  grp: string | null;
  grant: string | null;
  person_email: string | null;
  created: Date;
  submitted: Date | null;
  reviewed: Date | null;
  reason: string | null;
}

/**
 * The contributions export, its columns in their stable order. Groups and grants by name (a grant by its reference,
 * else its title) and the giver's email last, so that the file imports back (kind `contributions`).
 */
export const CONTRIBUTIONS_EXPORT = exportList<ContributionExportRow>({
  file: 'contributions',
  title: { fr: 'Contributions', en: 'Contributions' },
  xlsx: true,
  columns: [
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (c) => c.id },
    { key: 'status', header: { fr: 'Statut', en: 'Status' }, kind: 'text', value: (c) => c.status },
    {
      key: 'organisation',
      header: { fr: 'Organisation', en: 'Organisation' },
      kind: 'text',
      value: (c) => c.organisation,
    },
    { key: 'person', header: { fr: 'Personne', en: 'Person' }, kind: 'text', value: (c) => c.person },
    { key: 'type', header: { fr: 'Type', en: 'Type' }, kind: 'text', value: (c) => c.type },
    { key: 'unit', header: { fr: 'Unité', en: 'Unit' }, kind: 'text', value: (c) => c.unit },
    { key: 'startsOn', header: { fr: 'Date de début', en: 'Start date' }, kind: 'day', value: (c) => c.starts },
    { key: 'endsOn', header: { fr: 'Date de fin', en: 'End date' }, kind: 'day', value: (c) => c.ends },
    { key: 'quantity', header: { fr: 'Quantité', en: 'Quantity' }, kind: 'number', value: (c) => c.quantity },
    { key: 'rateCents', header: { fr: 'Taux (€)', en: 'Rate (€)' }, kind: 'cents', value: (c) => c.rate },
    { key: 'valueCents', header: { fr: 'Valeur (€)', en: 'Value (€)' }, kind: 'cents', value: (c) => c.value },
    { key: 'description', header: { fr: 'Description', en: 'Description' }, kind: 'text', value: (c) => c.description },
    {
      key: 'evidenceUrl',
      header: { fr: 'Lien justificatif', en: 'Evidence link' },
      kind: 'text',
      value: (c) => c.evidence,
    },
    {
      key: 'workingGroup',
      header: { fr: 'Groupe de travail', en: 'Working group' },
      kind: 'text',
      value: (c) => c.grp,
    },
    { key: 'grant', header: { fr: 'Subvention', en: 'Grant' }, kind: 'text', value: (c) => c.grant },
    { key: 'createdAt', header: { fr: 'Saisie le', en: 'Entered at' }, kind: 'datetime', value: (c) => c.created },
    {
      key: 'submittedAt',
      header: { fr: 'Soumise le', en: 'Submitted at' },
      kind: 'datetime',
      value: (c) => c.submitted,
    },
    { key: 'reviewedAt', header: { fr: 'Examinée le', en: 'Reviewed at' }, kind: 'datetime', value: (c) => c.reviewed },
    {
      key: 'rejectionReason',
      header: { fr: 'Motif de refus', en: 'Rejection reason' },
      kind: 'text',
      value: (c) => c.reason,
    },
    {
      key: 'personEmail',
      header: { fr: 'Courriel de la personne', en: 'Person’s email' },
      kind: 'text',
      value: (c) => c.person_email,
    },
  ],
});
