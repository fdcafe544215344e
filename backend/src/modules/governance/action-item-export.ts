import { exportList } from '../../common/exports/columns';
import type { ActionItemResponse } from './dto/action-item.response';

/** The action items list, its columns in their stable order (statuses as their codes). */
export const ACTION_ITEMS_EXPORT = exportList<ActionItemResponse>({
  file: 'actions',
  title: { fr: 'Actions', en: 'Action items' },
  columns: [
    { key: 'title', header: { fr: 'Intitulé', en: 'Title' }, kind: 'text', value: (a) => a.title },
    { key: 'owner', header: { fr: 'Responsable', en: 'Owner' }, kind: 'text', value: (a) => a.ownerName },
    { key: 'dueOn', header: { fr: 'Échéance', en: 'Due on' }, kind: 'day', value: (a) => a.dueOn },
    { key: 'status', header: { fr: 'Statut', en: 'Status' }, kind: 'text', value: (a) => a.status },
    { key: 'overdue', header: { fr: 'En retard', en: 'Overdue' }, kind: 'boolean', value: (a) => a.overdue },
    {
      key: 'completedAt',
      header: { fr: 'Terminée le', en: 'Completed at' },
      kind: 'datetime',
      value: (a) => a.completedAt,
    },
    { key: 'meeting', header: { fr: 'Réunion', en: 'Meeting' }, kind: 'text', value: (a) => a.meetingTitle },
    {
      key: 'decision',
      header: { fr: 'Décision n°', en: 'Decision no.' },
      kind: 'number',
      value: (a) => a.decisionNumber,
    },
    { key: 'details', header: { fr: 'Détails', en: 'Details' }, kind: 'text', value: (a) => a.details },
    { key: 'createdAt', header: { fr: 'Créée le', en: 'Created at' }, kind: 'datetime', value: (a) => a.createdAt },
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (a) => a.id },
  ],
});
