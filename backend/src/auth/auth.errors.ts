import { catalogue } from '../common/error-catalogue';

/** Stable codes of the errors the auth code throws: the API answers them as `error.code`, the UI may rely on them. */
export enum AuthError {
  AccountAlreadyExistsAddress = 'auth.account_already_exists_address',
  AddressAlreadyUse = 'auth.address_already_use',
  CurrentPasswordWrong = 'auth.current_password_wrong',
  SecondFactorRequired = 'auth.second_factor_required',
  InvalidIdentifier = 'auth.invalid_identifier',
  LastAdmin = 'auth.last_admin',
  LinkExpired = 'auth.link_expired',
  OnlyAdminCanGrantAdmin = 'auth.only_admin_can_grant_admin',
  PasswordTooWeak = 'auth.password_too_weak',
  RoleRequiresTwoFactorAuthentication = 'auth.role_requires_two_factor_authentication',
  TwoFactorAuthenticationAlready = 'auth.two_factor_authentication_already',
  UnknownLink = 'auth.unknown_link',
  InvalidSecondFactor = 'auth.invalid_second_factor',
  InvalidCredentials = 'auth.invalid_credentials',
  InvitationAlreadyAccepted = 'auth.invitation_already_accepted',
  InvitationRevoked = 'auth.invitation_revoked',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const authErrors = catalogue<AuthError>({
  [AuthError.AccountAlreadyExistsAddress]: {
    fr: 'Un compte existe déjà pour cette adresse',
    en: 'An account already exists for this address',
  },
  [AuthError.AddressAlreadyUse]: {
    fr: 'Cette adresse est déjà utilisée',
    en: 'This address is already in use',
  },
  [AuthError.CurrentPasswordWrong]: {
    fr: 'Mot de passe actuel incorrect',
    en: 'Current password is wrong',
  },
  [AuthError.SecondFactorRequired]: {
    fr: 'Saisissez le code de votre application d’authentification',
    en: 'Enter the code from your authenticator app',
  },
  [AuthError.InvalidIdentifier]: {
    fr: 'Identifiant invalide',
    en: 'Invalid identifier',
  },
  [AuthError.LastAdmin]: {
    fr: 'Il doit rester au moins un administrateur actif',
    en: 'At least one active admin must remain',
  },
  [AuthError.LinkExpired]: {
    fr: 'Ce lien a expiré ou a déjà servi',
    en: 'This link has expired or was already used',
  },
  [AuthError.OnlyAdminCanGrantAdmin]: {
    fr: 'Seul un administrateur peut donner le rôle admin',
    en: 'Only an admin can grant the admin role',
  },
  [AuthError.PasswordTooWeak]: {
    fr: 'Mot de passe trop faible : 12 caractères au moins, et pas un mot de passe courant',
    en: 'Password too weak: at least 12 characters, and not a common password',
  },
  [AuthError.RoleRequiresTwoFactorAuthentication]: {
    fr: 'Votre rôle impose la double authentification',
    en: 'Your role requires two-factor authentication',
  },
  [AuthError.TwoFactorAuthenticationAlready]: {
    fr: 'La double authentification est déjà active',
    en: 'Two-factor authentication is already on',
  },
  [AuthError.UnknownLink]: {
    fr: 'Lien inconnu',
    en: 'Unknown link',
  },
  [AuthError.InvalidSecondFactor]: {
    fr: 'Code incorrect ou déjà utilisé',
    en: 'Wrong or already used code',
  },
  [AuthError.InvalidCredentials]: {
    fr: 'E-mail ou mot de passe incorrect',
    en: 'Wrong email or password',
  },
  [AuthError.InvitationAlreadyAccepted]: {
    fr: 'Cette invitation a déjà été acceptée',
    en: 'This invitation has already been accepted',
  },
  [AuthError.InvitationRevoked]: {
    fr: 'Cette invitation a été révoquée',
    en: 'This invitation has been revoked',
  },
});
