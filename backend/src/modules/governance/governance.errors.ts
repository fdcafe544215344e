import { catalogue } from '../../common/error-catalogue';

/**
 * Stable codes of the errors the governance code throws: the API answers them as `error.code`, the UI may rely on them.
 */
export enum GovernanceError {
  ActionDoesNotMoveAnother = 'governance.action_does_not_move_another',
  OwnerOutOfReach = 'governance.owner_out_of_reach',
  ActionItemNotFound = 'governance.action_item_not_found',
  ChoosePersonWorkingGroupOne = 'governance.choose_person_working_group_one',
  DecisionNotFound = 'governance.decision_not_found',
  EndMustComeAfterStart = 'governance.end_must_come_after_start',
  MayOnlyChangeStatusAction = 'governance.may_only_change_status_action',
  MeetingNotFound = 'governance.meeting_not_found',
  OnlyVote = 'governance.only_vote',
  PersonAlreadyListed = 'governance.person_already_listed',
  PersonNotPartOrganisation = 'governance.person_not_part_organisation',
  RequiredVote = 'governance.required_vote',
  StrategyActionNotFound = 'governance.strategy_action_not_found',
  StrategyAxisNotFound = 'governance.strategy_axis_not_found',
  UnknownAxis = 'governance.unknown_axis',
  UnknownDecision = 'governance.unknown_decision',
  UnknownMeeting = 'governance.unknown_meeting',
  UnknownPerson = 'governance.unknown_person',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const governanceErrors = catalogue<GovernanceError>({
  [GovernanceError.ActionDoesNotMoveAnother]: {
    fr: 'Une action ne change pas d’axe',
    en: 'An action does not move to another axis',
  },
  [GovernanceError.OwnerOutOfReach]: {
    fr: 'Une action se confie à une personne de votre organisation ou à un groupe de travail',
    en: 'An action goes to someone of your organisation or to a working group',
  },
  [GovernanceError.ActionItemNotFound]: {
    fr: 'Action introuvable',
    en: 'Action item not found',
  },
  [GovernanceError.ChoosePersonWorkingGroupOne]: {
    fr: 'Choisissez une personne ou un groupe de travail (un seul)',
    en: 'Choose a person or a working group (one only)',
  },
  [GovernanceError.DecisionNotFound]: {
    fr: 'Décision introuvable',
    en: 'Decision not found',
  },
  [GovernanceError.EndMustComeAfterStart]: {
    fr: 'La fin doit suivre le début',
    en: 'The end must come after the start',
  },
  [GovernanceError.MayOnlyChangeStatusAction]: {
    fr: 'Vous ne pouvez changer que le statut de cette action',
    en: 'You may only change the status of this action',
  },
  [GovernanceError.MeetingNotFound]: {
    fr: 'Réunion introuvable',
    en: 'Meeting not found',
  },
  [GovernanceError.OnlyVote]: {
    fr: 'Seulement pour un vote',
    en: 'Only for a vote',
  },
  [GovernanceError.PersonAlreadyListed]: {
    fr: 'Cette personne figure déjà dans la liste',
    en: 'This person is already listed',
  },
  [GovernanceError.PersonNotPartOrganisation]: {
    fr: 'Cette personne ne fait pas partie de cette organisation',
    en: 'This person is not part of this organisation',
  },
  [GovernanceError.RequiredVote]: {
    fr: 'Obligatoire pour un vote',
    en: 'Required for a vote',
  },
  [GovernanceError.StrategyActionNotFound]: {
    fr: 'Action de la stratégie introuvable',
    en: 'Strategy action not found',
  },
  [GovernanceError.StrategyAxisNotFound]: {
    fr: 'Axe de la stratégie introuvable',
    en: 'Strategy axis not found',
  },
  [GovernanceError.UnknownAxis]: {
    fr: 'Axe inconnu',
    en: 'Unknown axis',
  },
  [GovernanceError.UnknownDecision]: {
    fr: 'Décision inconnue',
    en: 'Unknown decision',
  },
  [GovernanceError.UnknownMeeting]: {
    fr: 'Réunion inconnue',
    en: 'Unknown meeting',
  },
  [GovernanceError.UnknownPerson]: {
    fr: 'Personne inconnue',
    en: 'Unknown person',
  },
});
