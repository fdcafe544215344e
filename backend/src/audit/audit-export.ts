import { exportList } from '../common/exports/columns';
import type { AuditEntryResponse } from './dto/audit.response';

/** An entry as stored (the names the log page shows are looked up for it alone). */
export type AuditExportRow = Omit<AuditEntryResponse, 'entityName' | 'names'>;

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/** The audit log export, newest first: who did what when, with the values before and after (JSON). */
export const AUDIT_EXPORT = exportList<AuditExportRow>({
  file: 'journal-audit',
  title: { fr: 'Journal d’audit', en: 'Audit log' },
  columns: [
    { key: 'id', header: { fr: 'Numéro', en: 'Number' }, kind: 'text', value: (e) => e.id },
    { key: 'at', header: { fr: 'Date', en: 'At' }, kind: 'datetime', value: (e) => e.at },
    { key: 'actor', header: { fr: 'Auteur', en: 'Actor' }, kind: 'text', value: (e) => e.actorName },
    { key: 'action', header: { fr: 'Action', en: 'Action' }, kind: 'text', value: (e) => e.action },
    { key: 'entityType', header: { fr: 'Objet', en: 'Entity' }, kind: 'text', value: (e) => e.entityType },
    {
      key: 'entityId',
      header: { fr: 'Identifiant de l’objet', en: 'Entity id' },
      kind: 'text',
      value: (e) => e.entityId,
    },
    { key: 'before', header: { fr: 'Avant (JSON)', en: 'Before (JSON)' }, kind: 'text', value: (e) => json(e.before) },
    { key: 'after', header: { fr: 'Après (JSON)', en: 'After (JSON)' }, kind: 'text', value: (e) => json(e.after) },
  ],
});
