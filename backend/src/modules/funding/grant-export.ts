import { exportList } from '../../common/exports/columns';
import type { GrantListItemResponse } from './dto/grant.response';

/** The grants export, its columns in their stable order: the pipeline as a treasurer follows it. */
export const GRANTS_EXPORT = exportList<GrantListItemResponse>({
  file: 'subventions',
  title: { fr: 'Subventions', en: 'Grants' },
  xlsx: true,
  columns: [
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (g) => g.id },
    { key: 'title', header: { fr: 'Intitulé', en: 'Title' }, kind: 'text', value: (g) => g.title },
    { key: 'reference', header: { fr: 'Référence', en: 'Reference' }, kind: 'text', value: (g) => g.reference },
    { key: 'funder', header: { fr: 'Financeur', en: 'Funder' }, kind: 'text', value: (g) => g.funderName },
    { key: 'status', header: { fr: 'Statut', en: 'Status' }, kind: 'text', value: (g) => g.status },
    {
      key: 'statusChangedOn',
      header: { fr: 'Statut depuis le', en: 'Status since' },
      kind: 'day',
      value: (g) => g.statusChangedOn,
    },
    {
      key: 'amountRequestedCents',
      header: { fr: 'Montant demandé (€)', en: 'Amount requested (€)' },
      kind: 'cents',
      value: (g) => g.amountRequestedCents,
    },
    {
      key: 'amountGrantedCents',
      header: { fr: 'Montant accordé (€)', en: 'Amount granted (€)' },
      kind: 'cents',
      value: (g) => g.amountGrantedCents,
    },
    {
      key: 'ownFundsCents',
      header: { fr: 'Fonds propres (€)', en: 'Own funds (€)' },
      kind: 'cents',
      value: (g) => g.ownFundsCents,
    },
    {
      key: 'receivedCents',
      header: { fr: 'Reçu (€)', en: 'Received (€)' },
      kind: 'cents',
      value: (g) => g.receivedCents,
    },
    {
      key: 'toComeCents',
      header: { fr: 'À recevoir (€)', en: 'To come (€)' },
      kind: 'cents',
      value: (g) => g.toComeCents,
    },
    {
      key: 'overdueInstalments',
      header: { fr: 'Versements en retard', en: 'Overdue instalments' },
      kind: 'number',
      value: (g) => g.overdueInstalments,
    },
    {
      key: 'plannedCents',
      header: { fr: 'Budget prévu (€)', en: 'Planned (€)' },
      kind: 'cents',
      value: (g) => g.plannedCents,
    },
    { key: 'spentCents', header: { fr: 'Dépensé (€)', en: 'Spent (€)' }, kind: 'cents', value: (g) => g.spentCents },
    { key: 'startsOn', header: { fr: 'Début', en: 'Starts on' }, kind: 'day', value: (g) => g.startsOn },
    { key: 'endsOn', header: { fr: 'Fin', en: 'Ends on' }, kind: 'day', value: (g) => g.endsOn },
    {
      key: 'applicationDeadline',
      header: { fr: 'Date limite de dépôt', en: 'Application deadline' },
      kind: 'day',
      value: (g) => g.applicationDeadline,
    },
    { key: 'grantedOn', header: { fr: 'Accordée le', en: 'Granted on' }, kind: 'day', value: (g) => g.grantedOn },
    {
      key: 'agreementSignedOn',
      header: { fr: 'Convention signée le', en: 'Agreement signed on' },
      kind: 'day',
      value: (g) => g.agreementSignedOn,
    },
    { key: 'notes', header: { fr: 'Notes', en: 'Notes' }, kind: 'text', value: (g) => g.notes },
  ],
});
