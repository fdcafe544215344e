import { exportList } from '../../common/exports/columns';
import type { TimeEntryResponse } from './dto/mission.response';

/** A mission's time entries, as its time sheet lists them: columns in their stable order, CSV or xlsx. */
export const TIME_ENTRIES_EXPORT = exportList<TimeEntryResponse>({
  file: 'temps-mission',
  title: { fr: 'Temps passé sur une mission', en: 'Time spent on a mission' },
  xlsx: true,
  columns: [
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (e) => e.id },
    { key: 'workedOn', header: { fr: 'Jour', en: 'Day' }, kind: 'day', value: (e) => e.workedOn },
    { key: 'unit', header: { fr: 'Unité', en: 'Unit' }, kind: 'text', value: (e) => e.unit },
    { key: 'quantity', header: { fr: 'Quantité', en: 'Quantity' }, kind: 'number', value: (e) => e.quantity },
    { key: 'description', header: { fr: 'Description', en: 'Description' }, kind: 'text', value: (e) => e.description },
    { key: 'createdAt', header: { fr: 'Saisi le', en: 'Logged at' }, kind: 'datetime', value: (e) => e.createdAt },
  ],
});

/** Every mission's time entries, for the whole-network zip: the mission named first, then a time sheet's columns. */
export const NETWORK_TIME_ENTRIES_EXPORT = exportList<TimeEntryResponse & { mission: string }>({
  file: 'temps-missions',
  title: { fr: 'Temps passé sur les missions', en: 'Time spent on missions' },
  columns: [
    { key: 'mission', header: { fr: 'Mission', en: 'Mission' }, kind: 'text', value: (e) => e.mission },
    {
      key: 'missionId',
      header: { fr: 'Mission (identifiant)', en: 'Mission id' },
      kind: 'text',
      value: (e) => e.missionId,
    },
    ...TIME_ENTRIES_EXPORT.columns,
  ],
});
