import { exportList } from '../../common/exports/columns';

/** One line of the public CSV: a grant, a split's share or a year's contributions in kind. */
export interface PublicTransparencyRow {
  section: string;
  year: number;
  title: string | null;
  funder: string | null;
  organisation: string | null;
  type: string | null;
  amountCents: number;
  receivedCents: number | null;
}

/** The public transparency page as CSV, its columns in their stable order. */
export const TRANSPARENCY_EXPORT = exportList<PublicTransparencyRow>({
  file: 'transparence',
  title: { fr: 'Transparence financière', en: 'Financial transparency' },
  columns: [
    { key: 'section', header: { fr: 'Rubrique', en: 'Section' }, kind: 'text', value: (r) => r.section },
    { key: 'year', header: { fr: 'Année', en: 'Year' }, kind: 'number', value: (r) => r.year },
    { key: 'title', header: { fr: 'Intitulé', en: 'Title' }, kind: 'text', value: (r) => r.title },
    { key: 'funder', header: { fr: 'Financeur', en: 'Funder' }, kind: 'text', value: (r) => r.funder },
    {
      key: 'organisation',
      header: { fr: 'Organisation', en: 'Organisation' },
      kind: 'text',
      value: (r) => r.organisation,
    },
    { key: 'type', header: { fr: 'Type', en: 'Type' }, kind: 'text', value: (r) => r.type },
    { key: 'amount', header: { fr: 'Montant (€)', en: 'Amount (€)' }, kind: 'cents', value: (r) => r.amountCents },
    {
      key: 'received',
      header: { fr: 'Reçu (€)', en: 'Received (€)' },
      kind: 'cents',
      value: (r) => r.receivedCents,
    },
  ],
});
