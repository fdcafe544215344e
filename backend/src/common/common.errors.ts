import { catalogue } from './error-catalogue';

/**
 * Stable codes of the errors common code throws (the generic ones, and the database's refusals): the API answers them
 * as `error.code`, the UI may rely on them.
 */
export enum CommonError {
  InvalidInput = 'common.invalid_input',
  NotFound = 'common.not_found',
  Forbidden = 'common.forbidden',
  Unauthenticated = 'common.unauthenticated',
  TooManyRequests = 'common.too_many_requests',
  AlreadyTaken = 'common.already_taken',
  AlreadyExists = 'common.already_exists',
  UnknownOrStillReferenced = 'common.unknown_or_still_referenced',
  InvalidReference = 'common.invalid_reference',
  StillInUse = 'common.still_in_use',
  InvalidValue = 'common.invalid_value',
  OutOfRange = 'common.out_of_range',
  InvalidIdentifier = 'common.invalid_identifier',
  EmptyBody = 'common.empty_body',
  UnknownBudgetLine = 'common.unknown_budget_line',
  UnknownGrant = 'common.unknown_grant',
  UnknownWorkingGroup = 'common.unknown_working_group',
  UnknownStrategyAction = 'common.unknown_strategy_action',
  UnknownSplit = 'common.unknown_split',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const commonErrors = catalogue<CommonError>({
  [CommonError.InvalidInput]: { fr: 'Données invalides', en: 'Invalid input' },
  [CommonError.NotFound]: { fr: 'Introuvable', en: 'Not found' },
  [CommonError.Forbidden]: { fr: 'Action non autorisée', en: 'You may not do this' },
  [CommonError.Unauthenticated]: { fr: 'Connectez-vous d’abord', en: 'Sign in first' },
  [CommonError.TooManyRequests]: {
    fr: 'Trop de tentatives, réessayez plus tard',
    en: 'Too many attempts, try again later',
  },
  // What the database refuses when the DTOs could not see it (a unique email, a reference to a missing row).
  [CommonError.AlreadyTaken]: { fr: 'Cette valeur est déjà utilisée', en: 'This value is already taken' },
  [CommonError.AlreadyExists]: { fr: 'Cette valeur est déjà utilisée', en: 'Already exists' },
  [CommonError.UnknownOrStillReferenced]: {
    fr: 'Référence inconnue ou encore utilisée',
    en: 'Unknown or still referenced',
  },
  [CommonError.InvalidReference]: { fr: 'Référence invalide', en: 'Invalid reference' },
  [CommonError.StillInUse]: {
    fr: 'Encore utilisé ailleurs : retirez d’abord ce qui y renvoie',
    en: 'Still in use elsewhere: remove what refers to it first',
  },
  [CommonError.InvalidValue]: { fr: 'Valeur invalide', en: 'Invalid value' },
  [CommonError.OutOfRange]: { fr: 'Valeur hors des limites permises', en: 'Value out of allowed range' },
  [CommonError.InvalidIdentifier]: {
    fr: 'Identifiant invalide',
    en: 'Invalid identifier',
  },
  [CommonError.EmptyBody]: {
    fr: 'Rien à modifier : le corps de la requête est vide',
    en: 'Nothing to change: the request body is empty',
  },
  [CommonError.UnknownBudgetLine]: {
    fr: 'Ligne budgétaire inconnue',
    en: 'Unknown budget line',
  },
  [CommonError.UnknownGrant]: {
    fr: 'Subvention inconnue',
    en: 'Unknown grant',
  },
  [CommonError.UnknownWorkingGroup]: {
    fr: 'Groupe de travail inconnu',
    en: 'Unknown working group',
  },
  [CommonError.UnknownStrategyAction]: {
    fr: 'Action de la stratégie inconnue',
    en: 'Unknown strategy action',
  },
  [CommonError.UnknownSplit]: {
    fr: 'Répartition inconnue',
    en: 'Unknown split',
  },
});
