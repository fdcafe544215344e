import { catalogue } from '../../common/error-catalogue';

/**
 * Stable codes of the errors the organisations code throws: the API answers them as `error.code`, the UI may rely on
 * them.
 */
export enum OrganisationError {
  ArchivedOrganisationRestore = 'organisations.archived_organisation_restore',
  OrganisationAlreadyHasName = 'organisations.organisation_already_has_name',
  OrganisationNotFound = 'organisations.organisation_not_found',
  RnaTaken = 'organisations.rna_taken',
  SirenTaken = 'organisations.siren_taken',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const organisationErrors = catalogue<OrganisationError>({
  [OrganisationError.ArchivedOrganisationRestore]: {
    fr: 'Organisation archivée : restaurez-la avant de la modifier',
    en: 'Archived organisation: restore it first',
  },
  [OrganisationError.OrganisationAlreadyHasName]: {
    fr: 'Une organisation porte déjà ce nom',
    en: 'An organisation already has this name',
  },
  [OrganisationError.OrganisationNotFound]: {
    fr: 'Organisation introuvable',
    en: 'Organisation not found',
  },
  [OrganisationError.RnaTaken]: {
    fr: 'Une autre organisation a déjà ce numéro RNA',
    en: 'Another organisation already has this RNA number',
  },
  [OrganisationError.SirenTaken]: {
    fr: 'Une autre organisation a déjà ce numéro SIREN',
    en: 'Another organisation already has this SIREN number',
  },
});
