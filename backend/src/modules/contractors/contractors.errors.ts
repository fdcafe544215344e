import { catalogue } from '../../common/error-catalogue';

/**
 * Stable codes of the errors the contractors code throws: the API answers them as `error.code`, the UI may rely on
 * them.
 */
export enum ContractorError {
  DateStillComeCannotLogged = 'contractors.date_still_come_cannot_logged',
  EndMustComeAfterStart = 'contractors.end_must_come_after_start',
  LineNotGrantsBudget = 'contractors.line_not_grants_budget',
  MissionNotFound = 'contractors.mission_not_found',
  MostOneDayPerEntry = 'contractors.most_one_day_per_entry',
  OutsideMissionsPeriod = 'contractors.outside_missions_period',
  Quarters025 = 'contractors.quarters_0_25',
  TimeAlreadyLoggedContractor = 'contractors.time_already_logged_contractor',
  TimeEntriesOutsidePeriod = 'contractors.time_entries_outside_period',
  TimeEntryNotFound = 'contractors.time_entry_not_found',
  UnknownPerson = 'contractors.unknown_person',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const contractorErrors = catalogue<ContractorError>({
  [ContractorError.DateStillComeCannotLogged]: {
    fr: 'Une date à venir ne peut pas être saisie',
    en: 'A date still to come cannot be logged',
  },
  [ContractorError.EndMustComeAfterStart]: {
    fr: 'La fin doit suivre le début',
    en: 'The end must come after the start',
  },
  [ContractorError.LineNotGrantsBudget]: {
    fr: 'Cette ligne n’est pas au budget de cette subvention',
    en: 'This line is not in this grant’s budget',
  },
  [ContractorError.MissionNotFound]: {
    fr: 'Mission introuvable',
    en: 'Mission not found',
  },
  [ContractorError.MostOneDayPerEntry]: {
    fr: 'Une journée au plus par saisie',
    en: 'At most one day per entry',
  },
  [ContractorError.OutsideMissionsPeriod]: {
    fr: 'En dehors de la période de la mission',
    en: 'Outside the mission’s period',
  },
  [ContractorError.Quarters025]: {
    fr: 'Par quarts (0,25)',
    en: 'In quarters (0.25)',
  },
  [ContractorError.TimeAlreadyLoggedContractor]: {
    fr: 'Du temps est déjà saisi par ce ou cette prestataire',
    en: 'Time is already logged by this contractor',
  },
  [ContractorError.TimeEntriesOutsidePeriod]: {
    fr: '{n} saisie(s) de temps tomberaient hors de la période',
    en: '{n} time entr(ies) would fall outside the period',
  },
  [ContractorError.TimeEntryNotFound]: {
    fr: 'Saisie de temps introuvable',
    en: 'Time entry not found',
  },
  [ContractorError.UnknownPerson]: {
    fr: 'Personne inconnue',
    en: 'Unknown person',
  },
});
