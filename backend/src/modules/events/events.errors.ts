import { catalogue } from '../../common/error-catalogue';

/** Stable codes of the errors the kits and events code throws. */
export enum EventError {
  EventNotFound = 'events.event_not_found',
  KitNotFound = 'events.kit_not_found',
  RegistrationNotFound = 'events.registration_not_found',
  GroupNotYours = 'events.group_not_yours',
  UnknownGroup = 'events.unknown_group',
  UnknownSource = 'events.unknown_source',
  EndsBeforeStart = 'events.ends_before_start',
  CapacityBelowConfirmed = 'events.capacity_below_confirmed',
  RegistrationClosed = 'events.registration_closed',
  CancelLinkInvalid = 'events.cancel_link_invalid',
  AttendanceWhose = 'events.attendance_whose',
}

export const eventErrors = catalogue<EventError>({
  [EventError.EventNotFound]: { fr: 'Événement introuvable', en: 'Event not found' },
  [EventError.KitNotFound]: { fr: 'Kit introuvable', en: 'Kit not found' },
  [EventError.RegistrationNotFound]: { fr: 'Inscription introuvable', en: 'Registration not found' },
  [EventError.GroupNotYours]: {
    fr: 'Vous ne pouvez confier ceci qu’à un groupe que vous animez',
    en: 'You may only hand this to a group you lead',
  },
  [EventError.UnknownGroup]: { fr: 'Groupe de travail inconnu', en: 'Unknown working group' },
  [EventError.UnknownSource]: { fr: 'Source inconnue', en: 'Unknown source' },
  [EventError.EndsBeforeStart]: { fr: 'La fin doit suivre le début', en: 'The end must come after the start' },
  [EventError.CapacityBelowConfirmed]: {
    fr: 'Plus de personnes sont déjà confirmées\u00a0: annulez des inscriptions avant de réduire les places',
    en: 'More people are already confirmed: cancel registrations before lowering the places',
  },
  [EventError.RegistrationClosed]: {
    fr: 'Les inscriptions à cet événement sont fermées',
    en: 'Registration for this event is closed',
  },
  [EventError.CancelLinkInvalid]: {
    fr: 'Ce lien d’annulation n’est pas (ou plus) valable',
    en: 'This cancellation link is not (or no longer) valid',
  },
  [EventError.AttendanceWhose]: {
    fr: 'Indiquez la personne ou la source',
    en: 'Give the person or the source',
  },
});
