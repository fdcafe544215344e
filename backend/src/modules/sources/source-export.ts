import { exportList } from '../../common/exports/columns';
import type { SourceResponse } from './dto/source.response';

/** The sources list as CSV: each source with its step and the health of its feed. */
export const SOURCES_EXPORT = exportList<SourceResponse>({
  file: 'sources',
  title: { fr: 'Sources de la carte', en: 'Map sources' },
  columns: [
    { key: 'id', header: { fr: 'Identifiant', en: 'Id' }, kind: 'text', value: (s) => s.id },
    { key: 'name', header: { fr: 'Nom', en: 'Name' }, kind: 'text', value: (s) => s.name },
    {
      key: 'organisation',
      header: { fr: 'Organisation ou partenaire', en: 'Organisation or partner' },
      kind: 'text',
      value: (s) => s.organisationName ?? s.partnerName,
    },
    { key: 'dataKind', header: { fr: 'Données', en: 'Data' }, kind: 'text', value: (s) => s.dataKind },
    { key: 'licence', header: { fr: 'Licence', en: 'Licence' }, kind: 'text', value: (s) => s.licence },
    { key: 'feedKind', header: { fr: 'Type de flux', en: 'Feed kind' }, kind: 'text', value: (s) => s.feedKind },
    { key: 'feedUrl', header: { fr: 'Adresse du flux', en: 'Feed address' }, kind: 'text', value: (s) => s.feedUrl },
    { key: 'group', header: { fr: 'Groupe de suivi', en: 'Following group' }, kind: 'text', value: (s) => s.groupName },
    { key: 'step', header: { fr: 'Étape', en: 'Step' }, kind: 'text', value: (s) => s.step },
    {
      key: 'stepReachedOn',
      header: { fr: 'Étape atteinte le', en: 'Step reached on' },
      kind: 'day',
      value: (s) => s.stepReachedOn,
    },
    {
      key: 'nextStepDueOn',
      header: { fr: 'Prochaine étape pour le', en: 'Next step due on' },
      kind: 'day',
      value: (s) => s.nextStepDueOn,
    },
    { key: 'health', header: { fr: 'Santé du flux', en: 'Feed health' }, kind: 'text', value: (s) => s.health },
    {
      key: 'lastCheckedAt',
      header: { fr: 'Dernière vérification', en: 'Last checked' },
      kind: 'datetime',
      value: (s) => s.lastCheckedAt,
    },
    { key: 'records', header: { fr: 'Fiches', en: 'Records' }, kind: 'number', value: (s) => s.records },
    {
      key: 'incompletePercent',
      header: { fr: 'Fiches incomplètes (%)', en: 'Incomplete records (%)' },
      kind: 'number',
      value: (s) => s.incompletePercent,
    },
    {
      key: 'lastChangeAt',
      header: { fr: 'Dernière modification', en: 'Last change' },
      kind: 'datetime',
      value: (s) => s.lastChangeAt,
    },
  ],
});
