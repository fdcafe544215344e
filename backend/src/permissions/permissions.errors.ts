import { catalogue } from '../common/error-catalogue';

/**
 * Stable codes of the errors the permissions code throws: the API answers them as `error.code`, the UI may rely on
 * them.
 */
export enum PermissionError {
  ReauthenticationRequired = 'permissions.reauthentication_required',
  InvalidCsrfToken = 'permissions.invalid_csrf_token',
  SecondFactorRequired = 'permissions.second_factor_required',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const permissionErrors = catalogue<PermissionError>({
  [PermissionError.ReauthenticationRequired]: {
    fr: 'Confirmez votre mot de passe pour continuer',
    en: 'Confirm your password to go on',
  },
  [PermissionError.InvalidCsrfToken]: {
    fr: 'Jeton CSRF manquant ou invalide',
    en: 'Missing or invalid CSRF token',
  },
  [PermissionError.SecondFactorRequired]: {
    fr: 'Activez d’abord la double authentification',
    en: 'Turn on two-factor authentication first',
  },
});
