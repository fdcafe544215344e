import { exportList } from '../../common/exports/columns';
import type { WorkingGroupResponse } from './dto/working-group.response';

/**
 * The working groups as their list shows them: columns in their stable order. The pipeline columns are filled for
 * the groups whose pipeline the reader follows, empty elsewhere (as the list leaves the counts out).
 */
export const WORKING_GROUPS_EXPORT = exportList<WorkingGroupResponse>({
  file: 'groupes-de-travail',
  title: { fr: 'Groupes de travail', en: 'Working groups' },
  columns: [
    { key: 'name', header: { fr: 'Nom', en: 'Name' }, kind: 'text', value: (g) => g.name },
    { key: 'status', header: { fr: 'Statut', en: 'Status' }, kind: 'text', value: (g) => g.status },
    { key: 'mission', header: { fr: 'Mission', en: 'Mission' }, kind: 'text', value: (g) => g.mission },
    {
      key: 'referents',
      header: { fr: 'Référent·es', en: 'Referents' },
      kind: 'number',
      value: (g) => g.roles.referent,
    },
    {
      key: 'facilitators',
      header: { fr: 'Facilitation', en: 'Facilitators' },
      kind: 'number',
      value: (g) => g.roles.facilitator,
    },
    {
      key: 'welcomers',
      header: { fr: 'Accueil des bénévoles', en: 'Volunteer welcome' },
      kind: 'number',
      value: (g) => g.roles.welcomer,
    },
    { key: 'members', header: { fr: 'Membres', en: 'Members' }, kind: 'number', value: (g) => g.roles.member },
    {
      key: 'gaps',
      header: { fr: 'Rôles à pourvoir', en: 'Roles to fill' },
      kind: 'text',
      value: (g) => g.gaps.join(' | '),
    },
    {
      key: 'volunteersNew',
      header: { fr: 'Bénévoles à accueillir', en: 'Volunteers to welcome' },
      kind: 'number',
      value: (g) => g.pipeline?.new,
    },
    {
      key: 'volunteersActive',
      header: { fr: 'Bénévoles actif·ves', en: 'Active volunteers' },
      kind: 'number',
      value: (g) => g.pipeline?.active,
    },
    {
      key: 'overdue',
      header: { fr: 'Accueils en retard', en: 'Welcomes overdue' },
      kind: 'number',
      value: (g) => g.overdue,
    },
    {
      key: 'mailingList',
      header: { fr: 'Liste de diffusion', en: 'Mailing list' },
      kind: 'text',
      value: (g) => g.mailingList,
    },
    {
      key: 'chatChannel',
      header: { fr: 'Canal de discussion', en: 'Chat channel' },
      kind: 'text',
      value: (g) => g.chatChannel,
    },
    {
      key: 'meetingRhythm',
      header: { fr: 'Rythme des réunions', en: 'Meeting rhythm' },
      kind: 'text',
      value: (g) => g.meetingRhythm,
    },
    {
      key: 'welcomeWithinDays',
      header: { fr: 'Délai d’accueil (jours)', en: 'Welcome within (days)' },
      kind: 'number',
      value: (g) => g.welcomeWithinDays,
    },
    { key: 'createdAt', header: { fr: 'Créé le', en: 'Created at' }, kind: 'datetime', value: (g) => g.createdAt },
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (g) => g.id },
  ],
});
