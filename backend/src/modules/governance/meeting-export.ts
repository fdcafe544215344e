import { exportList } from '../../common/exports/columns';
import type { MeetingListItemResponse } from './dto/meeting.response';

/** The meetings list, its columns in their stable order (kinds as their codes). */
export const MEETINGS_EXPORT = exportList<MeetingListItemResponse>({
  file: 'reunions',
  title: { fr: 'Réunions', en: 'Meetings' },
  columns: [
    { key: 'startsAt', header: { fr: 'Début', en: 'Starts at' }, kind: 'datetime', value: (m) => m.startsAt },
    { key: 'endsAt', header: { fr: 'Fin', en: 'Ends at' }, kind: 'datetime', value: (m) => m.endsAt },
    { key: 'kind', header: { fr: 'Type', en: 'Kind' }, kind: 'text', value: (m) => m.kind },
    { key: 'title', header: { fr: 'Intitulé', en: 'Title' }, kind: 'text', value: (m) => m.title },
    { key: 'place', header: { fr: 'Lieu', en: 'Place' }, kind: 'text', value: (m) => m.place },
    { key: 'videoLink', header: { fr: 'Visio', en: 'Video link' }, kind: 'text', value: (m) => m.videoLink },
    { key: 'attendeeCount', header: { fr: 'Invités', en: 'Invited' }, kind: 'number', value: (m) => m.attendeeCount },
    { key: 'presentCount', header: { fr: 'Présents', en: 'Present' }, kind: 'number', value: (m) => m.presentCount },
    {
      key: 'decisionCount',
      header: { fr: 'Décisions', en: 'Decisions' },
      kind: 'number',
      value: (m) => m.decisionCount,
    },
    {
      key: 'workingGroupId',
      header: { fr: 'Groupe de travail (identifiant)', en: 'Working group (id)' },
      kind: 'text',
      value: (m) => m.workingGroupId,
    },
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (m) => m.id },
  ],
});
