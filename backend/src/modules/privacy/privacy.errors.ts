import { catalogue } from '../../common/error-catalogue';

/** Stable codes of the errors the privacy code throws: the API answers them as `error.code`. */
export enum PrivacyError {
  RequestNotFound = 'privacy.request_not_found',
  PersonNotFound = 'privacy.person_not_found',
  AlreadyHandled = 'privacy.already_handled',
  NotAnErasure = 'privacy.not_an_erasure',
  NotAnAccessRequest = 'privacy.not_an_access_request',
  ReceivedInFuture = 'privacy.received_in_future',
  AppendOnlyHoldsPerson = 'privacy.append_only_holds_person',
}

export const privacyErrors = catalogue<PrivacyError>({
  [PrivacyError.RequestNotFound]: { fr: 'Demande introuvable', en: 'Request not found' },
  [PrivacyError.PersonNotFound]: { fr: 'Personne introuvable', en: 'Person not found' },
  [PrivacyError.AlreadyHandled]: { fr: 'Cette demande a déjà été traitée', en: 'This request was already handled' },
  [PrivacyError.NotAnErasure]: {
    fr: "Cette demande n'est pas une demande d'effacement",
    en: 'This request is not an erasure request',
  },
  [PrivacyError.NotAnAccessRequest]: {
    fr: "Cette demande n'est pas une demande d'accès ou de portabilité",
    en: 'This request is not an access or portability request',
  },
  [PrivacyError.ReceivedInFuture]: {
    fr: 'La date de réception ne peut pas être dans le futur',
    en: 'The date received cannot be in the future',
  },
  [PrivacyError.AppendOnlyHoldsPerson]: {
    fr: 'Le registre {table}, qui ne peut pas être modifié, contient des données de cette personne',
    en: 'The append-only register {table} holds data about this person',
  },
});
