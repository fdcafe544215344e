import { exportList } from '../../common/exports/columns';
import type { MissionResponse } from './dto/mission.response';

/**
 * The missions export, its columns in their stable order. The daily rate and the money derived from it name their
 * field: a reader who may not read it (the COPIL) gets a file without those columns.
 */
export const MISSIONS_EXPORT = exportList<MissionResponse>({
  file: 'missions',
  title: { fr: 'Missions', en: 'Missions' },
  columns: [
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (m) => m.id },
    { key: 'title', header: { fr: 'Intitulé', en: 'Title' }, kind: 'text', value: (m) => m.title },
    {
      key: 'contractor',
      header: { fr: 'Prestataire', en: 'Contractor' },
      kind: 'text',
      value: (m) => m.contractorName,
    },
    { key: 'company', header: { fr: 'Société', en: 'Company' }, kind: 'text', value: (m) => m.company },
    { key: 'startsOn', header: { fr: 'Début', en: 'Starts on' }, kind: 'day', value: (m) => m.startsOn },
    { key: 'endsOn', header: { fr: 'Fin', en: 'Ends on' }, kind: 'day', value: (m) => m.endsOn },
    {
      key: 'daysPerMonth',
      header: { fr: 'Jours par mois', en: 'Days per month' },
      kind: 'number',
      value: (m) => m.daysPerMonth,
    },
    {
      key: 'hoursPerDay',
      header: { fr: 'Heures par jour', en: 'Hours per day' },
      kind: 'number',
      value: (m) => m.hoursPerDay,
    },
    {
      key: 'dailyRateCents',
      header: { fr: 'Tarif journalier (€)', en: 'Daily rate (€)' },
      kind: 'cents',
      value: (m) => m.dailyRateCents,
      field: 'dailyRateCents',
    },
    {
      key: 'budgetedDays',
      header: { fr: 'Jours prévus', en: 'Budgeted days' },
      kind: 'number',
      value: (m) => m.budgetedDays,
    },
    { key: 'usedDays', header: { fr: 'Jours effectués', en: 'Days used' }, kind: 'number', value: (m) => m.usedDays },
    {
      key: 'overBudgetMonths',
      header: { fr: 'Mois en dépassement', en: 'Months over budget' },
      kind: 'number',
      value: (m) => m.overBudgetMonths,
    },
    {
      key: 'budgetedCents',
      header: { fr: 'Budget prévu (€)', en: 'Budgeted (€)' },
      kind: 'cents',
      value: (m) => m.budgetedCents,
      field: 'budgetedCents',
    },
    {
      key: 'usedCents',
      header: { fr: 'Montant consommé (€)', en: 'Used (€)' },
      kind: 'cents',
      value: (m) => m.usedCents,
      field: 'usedCents',
    },
    { key: 'grantId', header: { fr: 'Subvention', en: 'Grant' }, kind: 'text', value: (m) => m.grantId },
    {
      key: 'budgetLineId',
      header: { fr: 'Ligne budgétaire', en: 'Budget line' },
      kind: 'text',
      value: (m) => m.budgetLineId,
    },
  ],
});
