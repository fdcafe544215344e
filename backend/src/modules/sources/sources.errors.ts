import { catalogue } from '../../common/error-catalogue';

/** Stable codes of the errors the sources code throws. */
export enum SourceError {
  SourceNotFound = 'sources.source_not_found',
  NameTaken = 'sources.name_taken',
  OwnerRequired = 'sources.owner_required',
  GroupNotYours = 'sources.group_not_yours',
  NoFeed = 'sources.no_feed',
  UnknownOrganisation = 'sources.unknown_organisation',
  UnknownGroup = 'sources.unknown_group',
  UnknownPerson = 'sources.unknown_person',
}

export const sourceErrors = catalogue<SourceError>({
  [SourceError.SourceNotFound]: { fr: 'Source introuvable', en: 'Source not found' },
  [SourceError.NameTaken]: { fr: 'Une source porte déjà ce nom', en: 'A source already has this name' },
  [SourceError.OwnerRequired]: {
    fr: 'Indiquez l’organisation membre ou le partenaire qui tient la source',
    en: 'Give the member organisation or the partner that keeps the source',
  },
  [SourceError.GroupNotYours]: {
    fr: 'Vous ne pouvez confier la source qu’à un groupe que vous animez',
    en: 'You may only hand the source to a group you lead',
  },
  [SourceError.NoFeed]: {
    fr: 'Cette source n’a pas encore d’adresse de flux',
    en: 'This source has no feed address yet',
  },
  [SourceError.UnknownOrganisation]: { fr: 'Organisation inconnue', en: 'Unknown organisation' },
  [SourceError.UnknownGroup]: { fr: 'Groupe de travail inconnu', en: 'Unknown working group' },
  [SourceError.UnknownPerson]: { fr: 'Personne inconnue', en: 'Unknown person' },
});
