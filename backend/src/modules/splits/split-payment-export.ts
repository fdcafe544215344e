import { exportList } from '../../common/exports/columns';

/** A payment (or a reversal) as the export reads it. */
export interface SplitPaymentRow {
  id: string;
  splitTitle: string;
  organisationName: string;
  amountCents: number;
  paidOn: string;
  reference: string;
  note: string | null;
  reversesId: string | null;
  recordedByName: string | null;
  createdAt: Date;
}

/** The payments of the splits, their columns in their stable order: a treasurer's file, also as xlsx. */
export const SPLIT_PAYMENTS_EXPORT = exportList<SplitPaymentRow>({
  file: 'versements',
  title: { fr: 'Versements des répartitions', en: 'Split payments' },
  xlsx: true,
  columns: [
    { key: 'paidOn', header: { fr: 'Payé le', en: 'Paid on' }, kind: 'day', value: (p) => p.paidOn },
    { key: 'split', header: { fr: 'Répartition', en: 'Split' }, kind: 'text', value: (p) => p.splitTitle },
    {
      key: 'organisation',
      header: { fr: 'Organisation', en: 'Organisation' },
      kind: 'text',
      value: (p) => p.organisationName,
    },
    { key: 'amountCents', header: { fr: 'Montant (€)', en: 'Amount (€)' }, kind: 'cents', value: (p) => p.amountCents },
    { key: 'reference', header: { fr: 'Référence', en: 'Reference' }, kind: 'text', value: (p) => p.reference },
    { key: 'note', header: { fr: 'Note', en: 'Note' }, kind: 'text', value: (p) => p.note },
    {
      key: 'reverses',
      header: { fr: 'Annule le versement', en: 'Reverses payment' },
      kind: 'text',
      value: (p) => p.reversesId,
    },
    {
      key: 'recordedBy',
      header: { fr: 'Enregistré par', en: 'Recorded by' },
      kind: 'text',
      value: (p) => p.recordedByName,
    },
    {
      key: 'createdAt',
      header: { fr: 'Enregistré le', en: 'Recorded at' },
      kind: 'datetime',
      value: (p) => p.createdAt,
    },
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (p) => p.id },
  ],
});
