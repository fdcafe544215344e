import { catalogue } from '../../common/error-catalogue';

/**
 * Stable codes of the errors the contributions code throws: the API answers them as `error.code`, the UI may rely on
 * them.
 */
export enum ContributionError {
  BothAccounts8687None = 'contributions.both_accounts_86_87_none',
  EvidenceLocked = 'contributions.evidence_locked',
  Locked = 'contributions.locked',
  NotAwaitingValidation = 'contributions.not_awaiting_validation',
  NotFound = 'contributions.not_found',
  EndBeforeStart = 'contributions.end_before_start',
  FileEmptyOver2Mb = 'contributions.file_empty_over_2_mb',
  FilesContentDoesNotMatch = 'contributions.files_content_does_not_match',
  FourEyes = 'contributions.four_eyes',
  GrantNotFound = 'contributions.grant_not_found',
  MayNotCreditOrganisation = 'contributions.may_not_credit_organisation',
  MayNotDo = 'contributions.may_not_do',
  MayNotLinkContributionGrant = 'contributions.may_not_link_contribution_grant',
  MayNotLinkContributionWorking = 'contributions.may_not_link_contribution_working',
  NoEvidence = 'contributions.no_evidence',
  NoRateForceUnitGive = 'contributions.no_rate_force_unit_give',
  NoRateUnitType = 'contributions.no_rate_unit_type',
  OnlyValidatedContributionCorrectedEdit = 'contributions.only_validated_contribution_corrected_edit',
  OrganisationNotFound = 'contributions.organisation_not_found',
  RateAlreadyStartsThatDay = 'contributions.rate_already_starts_that_day',
  RateNotFound = 'contributions.rate_not_found',
  SayWhyAuthorWillSee = 'contributions.say_why_author_will_see',
  SumMoneyQuantityAmountEuros = 'contributions.sum_money_quantity_amount_euros',
  TimeValuedRateTableMay = 'contributions.time_valued_rate_table_may',
  UnitNotAllowed = 'contributions.unit_not_allowed',
  UnknownType = 'contributions.unknown_type',
  WorkingGroupNotFound = 'contributions.working_group_not_found',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const contributionErrors = catalogue<ContributionError>({
  [ContributionError.BothAccounts8687None]: {
    fr: 'Les deux comptes (86 et 87), ou aucun',
    en: 'Both accounts (86 and 87), or none',
  },
  [ContributionError.EvidenceLocked]: {
    fr: 'Contribution déjà soumise : justificatif verrouillé',
    en: 'Contribution already submitted: evidence locked',
  },
  [ContributionError.Locked]: {
    fr: 'Contribution déjà soumise ou validée : elle ne peut plus être modifiée ainsi',
    en: 'Contribution already submitted or validated: it can no longer be changed this way',
  },
  [ContributionError.NotAwaitingValidation]: {
    fr: 'Cette contribution n’attend pas de validation',
    en: 'This contribution is not awaiting validation',
  },
  [ContributionError.NotFound]: {
    fr: 'Contribution introuvable',
    en: 'Contribution not found',
  },
  [ContributionError.EndBeforeStart]: {
    fr: 'La fin précède le début',
    en: 'The end is before the start',
  },
  [ContributionError.FileEmptyOver2Mb]: {
    fr: 'Fichier vide ou de plus de 2 Mo',
    en: 'File empty or over 2 MB',
  },
  [ContributionError.FilesContentDoesNotMatch]: {
    fr: 'Le contenu du fichier ne correspond pas à son type',
    en: 'The file’s content does not match its type',
  },
  [ContributionError.FourEyes]: {
    fr: 'Règle des quatre yeux : une autre personne doit valider ce que vous avez saisi ou donné vous-même',
    en: 'Four-eyes rule: someone else must validate what you entered or gave yourself',
  },
  [ContributionError.GrantNotFound]: {
    fr: 'Subvention introuvable',
    en: 'Grant not found',
  },
  [ContributionError.MayNotCreditOrganisation]: {
    fr: 'Vous ne pouvez pas créditer cette organisation',
    en: 'You may not credit this organisation',
  },
  [ContributionError.MayNotDo]: {
    fr: 'Action non autorisée',
    en: 'You may not do this',
  },
  [ContributionError.MayNotLinkContributionGrant]: {
    fr: 'Vous ne pouvez pas rattacher une contribution à cette subvention',
    en: 'You may not link a contribution to this grant',
  },
  [ContributionError.MayNotLinkContributionWorking]: {
    fr: 'Vous ne pouvez pas rattacher une contribution à ce groupe de travail',
    en: 'You may not link a contribution to this working group',
  },
  [ContributionError.NoEvidence]: {
    fr: 'Aucun justificatif',
    en: 'No evidence',
  },
  [ContributionError.NoRateForceUnitGive]: {
    fr: 'Aucun taux en vigueur le {startsOn} pour cette unité : indiquez une valeur justifiée',
    en: 'No rate in force on {startsOn} for this unit: give a justified value',
  },
  [ContributionError.NoRateUnitType]: {
    fr: 'Pas de taux pour cette unité avec ce type',
    en: 'No rate for this unit with this type',
  },
  [ContributionError.OnlyValidatedContributionCorrectedEdit]: {
    fr: 'Seule une contribution validée se corrige ; modifiez les autres',
    en: 'Only a validated contribution is corrected; edit the others',
  },
  [ContributionError.OrganisationNotFound]: {
    fr: 'Organisation introuvable',
    en: 'Organisation not found',
  },
  [ContributionError.RateAlreadyStartsThatDay]: {
    fr: 'Un taux « {unit} » commence déjà ce jour-là',
    en: 'A {unit} rate already starts that day',
  },
  [ContributionError.RateNotFound]: {
    fr: 'Taux introuvable',
    en: 'Rate not found',
  },
  [ContributionError.SayWhyAuthorWillSee]: {
    fr: 'Dites pourquoi : l’auteur·e verra ce motif',
    en: 'Say why: the author will see this reason',
  },
  [ContributionError.SumMoneyQuantityAmountEuros]: {
    fr: 'Pour une somme d’argent, la quantité est le montant en euros : pas de valeur à part',
    en: 'For a sum of money the quantity is the amount in euros: no separate value',
  },
  [ContributionError.TimeValuedRateTableMay]: {
    fr: 'Ce temps est valorisé par le barème : vous ne pouvez pas en fixer la valeur',
    en: 'This time is valued by the rate table: you may not set its value',
  },
  [ContributionError.UnitNotAllowed]: {
    fr: 'Unité non valable pour ce type (possibles : {units})',
    en: 'Unit not valid for this type (allowed: {units})',
  },
  [ContributionError.UnknownType]: {
    fr: 'Type inconnu',
    en: 'Unknown type',
  },
  [ContributionError.WorkingGroupNotFound]: {
    fr: 'Groupe de travail introuvable',
    en: 'Working group not found',
  },
});
