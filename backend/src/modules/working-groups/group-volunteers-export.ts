import { exportList } from '../../common/exports/columns';
import type { BoardCardResponse } from './dto/volunteer.response';

/** A group's volunteers (its board), their columns in their stable order (stages, sources, days as their codes). */
export const GROUP_VOLUNTEERS_EXPORT = exportList<BoardCardResponse>({
  file: 'benevoles',
  title: { fr: 'Bénévoles du groupe', en: "The group's volunteers" },
  columns: [
    { key: 'lastName', header: { fr: 'Nom', en: 'Last name' }, kind: 'text', value: (v) => v.lastName },
    { key: 'firstName', header: { fr: 'Prénom', en: 'First name' }, kind: 'text', value: (v) => v.firstName },
    { key: 'email', header: { fr: 'Courriel', en: 'Email' }, kind: 'text', value: (v) => v.email },
    { key: 'stage', header: { fr: 'Étape', en: 'Stage' }, kind: 'text', value: (v) => v.stage },
    {
      key: 'stageChangedAt',
      header: { fr: 'Étape depuis le', en: 'Stage since' },
      kind: 'datetime',
      value: (v) => v.stageChangedAt,
    },
    {
      key: 'overdue',
      header: { fr: 'Accueil en retard', en: 'Welcome overdue' },
      kind: 'boolean',
      value: (v) => v.overdue,
    },
    { key: 'source', header: { fr: 'Origine', en: 'Source' }, kind: 'text', value: (v) => v.source },
    { key: 'skills', header: { fr: 'Compétences', en: 'Skills' }, kind: 'text', value: (v) => v.skills.join(' | ') },
    {
      key: 'hoursPerMonth',
      header: { fr: 'Heures par mois', en: 'Hours per month' },
      kind: 'number',
      value: (v) => v.hoursPerMonth,
    },
    {
      key: 'availableDays',
      header: { fr: 'Jours disponibles', en: 'Available days' },
      kind: 'text',
      value: (v) => v.availableDays.join(' | '),
    },
    { key: 'territory', header: { fr: 'Territoire', en: 'Territory' }, kind: 'text', value: (v) => v.territory },
    { key: 'message', header: { fr: 'Message', en: 'Message' }, kind: 'text', value: (v) => v.message },
    { key: 'createdAt', header: { fr: 'Arrivé le', en: 'Joined at' }, kind: 'datetime', value: (v) => v.createdAt },
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (v) => v.id },
  ],
});

/** Every group's volunteers, for the whole-network zip: the group named first, then a board's columns. */
export const NETWORK_VOLUNTEERS_EXPORT = exportList<BoardCardResponse & { group: string }>({
  file: 'benevoles-des-groupes',
  title: { fr: 'Bénévoles des groupes de travail', en: 'Volunteers of the working groups' },
  columns: [
    { key: 'group', header: { fr: 'Groupe de travail', en: 'Working group' }, kind: 'text', value: (v) => v.group },
    ...GROUP_VOLUNTEERS_EXPORT.columns,
  ],
});
