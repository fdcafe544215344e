import { exportList } from '../../common/exports/columns';

export interface SubscriberExportRow {
  email: string;
  first_name: string | null;
  last_name: string | null;
  locale: string;
  status: string;
  lists: string | null;
  confirmed_at: Date | null;
  consent_source: string | null;
  consent_at: Date | null;
}

/**
 * The subscribers export: the import's columns first, under headers the import reads back in either language
 * (Courriel / Email, Prénom / First name, Nom / Last name, Langue / Language), then status, lists and consent.
 */
export const SUBSCRIBERS_EXPORT = exportList<SubscriberExportRow>({
  file: 'abonnes',
  title: { fr: 'Abonnés', en: 'Subscribers' },
  columns: [
    { key: 'email', header: { fr: 'Courriel', en: 'Email' }, kind: 'text', value: (s) => s.email },
    { key: 'first_name', header: { fr: 'Prénom', en: 'First name' }, kind: 'text', value: (s) => s.first_name },
    { key: 'last_name', header: { fr: 'Nom', en: 'Last name' }, kind: 'text', value: (s) => s.last_name },
    { key: 'locale', header: { fr: 'Langue', en: 'Language' }, kind: 'text', value: (s) => s.locale },
    { key: 'status', header: { fr: 'Statut', en: 'Status' }, kind: 'text', value: (s) => s.status },
    { key: 'lists', header: { fr: 'Listes', en: 'Lists' }, kind: 'text', value: (s) => s.lists },
    {
      key: 'confirmed_at',
      header: { fr: 'Confirmé le', en: 'Confirmed at' },
      kind: 'datetime',
      value: (s) => s.confirmed_at,
    },
    {
      key: 'consent_source',
      header: { fr: 'Source du consentement', en: 'Consent source' },
      kind: 'text',
      value: (s) => s.consent_source,
    },
    {
      key: 'consent_at',
      header: { fr: 'Consentement le', en: 'Consent at' },
      kind: 'datetime',
      value: (s) => s.consent_at,
    },
  ],
});
