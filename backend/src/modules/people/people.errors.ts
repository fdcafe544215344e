import { catalogue } from '../../common/error-catalogue';

/** Stable codes of the errors the people code throws: the API answers them as `error.code`, the UI may rely on them. */
export enum PeopleError {
  ArchivedRestore = 'people.archived_restore',
  PersonNotFound = 'people.person_not_found',
  SomeoneAlreadyHasAddress = 'people.someone_already_has_address',
  UnknownOrganisation = 'people.unknown_organisation',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const peopleErrors = catalogue<PeopleError>({
  [PeopleError.ArchivedRestore]: {
    fr: 'Fiche archivée : restaurez-la avant de la modifier',
    en: 'Archived: restore it first',
  },
  [PeopleError.PersonNotFound]: {
    fr: 'Personne introuvable',
    en: 'Person not found',
  },
  [PeopleError.SomeoneAlreadyHasAddress]: {
    fr: 'Une personne a déjà cette adresse',
    en: 'Someone already has this address',
  },
  [PeopleError.UnknownOrganisation]: {
    fr: 'Organisation inconnue',
    en: 'Unknown organisation',
  },
});
