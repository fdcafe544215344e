import { catalogue } from '../../common/error-catalogue';

/**
 * Stable codes of the errors the working-groups code throws: the API answers them as `error.code`, the UI may rely on
 * them.
 */
export enum WorkingGroupError {
  AreNotGroup = 'working-groups.are_not_group',
  ChooseOrganisationCredit = 'working-groups.choose_organisation_credit',
  ConsentNeededGroupContact = 'working-groups.consent_needed_group_contact',
  ConsentTextHasChangedReload = 'working-groups.consent_text_has_changed_reload',
  EndBeforeStart = 'working-groups.end_before_start',
  FillGroupsMailingListChat = 'working-groups.fill_groups_mailing_list_chat',
  GroupAlreadyHasName = 'working-groups.group_already_has_name',
  GroupAlreadyHasTwoReferents = 'working-groups.group_already_has_two_referents',
  GroupClosed = 'working-groups.group_closed',
  GroupNotTakingVolunteersMoment = 'working-groups.group_not_taking_volunteers_moment',
  PersonAlreadyGroupsPipeline = 'working-groups.person_already_groups_pipeline',
  PersonAlreadyHoldsRolePeriod = 'working-groups.person_already_holds_role_period',
  PersonBelongsNoOrganisationTheir = 'working-groups.person_belongs_no_organisation_their',
  PersonDoesNotBelongOrganisation = 'working-groups.person_does_not_belong_organisation',
  PersonHasNoEmailAddress = 'working-groups.person_has_no_email_address',
  PersonNotVolunteerGroup = 'working-groups.person_not_volunteer_group',
  TermEndsBeforeStarts = 'working-groups.term_ends_before_starts',
  TermNotFound = 'working-groups.term_not_found',
  UnknownArchivedPerson = 'working-groups.unknown_archived_person',
  VolunteerNotFoundGroup = 'working-groups.volunteer_not_found_group',
  VolunteerProfileNotFound = 'working-groups.volunteer_profile_not_found',
  WorkingGroupNotFound = 'working-groups.working_group_not_found',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const workingGroupErrors = catalogue<WorkingGroupError>({
  [WorkingGroupError.AreNotGroup]: {
    fr: 'Vous ne faites pas partie de ce groupe',
    en: 'You are not in this group',
  },
  [WorkingGroupError.ChooseOrganisationCredit]: {
    fr: 'Choisissez l’organisation à créditer',
    en: 'Choose the organisation to credit',
  },
  [WorkingGroupError.ConsentNeededGroupContact]: {
    fr: 'Votre accord est nécessaire pour que le groupe puisse vous recontacter',
    en: 'Your consent is needed for the group to contact you',
  },
  [WorkingGroupError.ConsentTextHasChangedReload]: {
    fr: 'Le texte de consentement a changé : rechargez la page et relisez-le',
    en: 'The consent text has changed: reload the page and read it again',
  },
  [WorkingGroupError.EndBeforeStart]: {
    fr: 'La fin précède le début',
    en: 'The end is before the start',
  },
  [WorkingGroupError.FillGroupsMailingListChat]: {
    fr: 'Renseignez d’abord la liste de diffusion et le canal de discussion du groupe : ce sont eux que l’e-mail de bienvenue transmet',
    en: 'Fill in the group’s mailing list and chat channel first: the welcome email passes them on',
  },
  [WorkingGroupError.GroupAlreadyHasName]: {
    fr: 'Un groupe porte déjà ce nom',
    en: 'A group already has this name',
  },
  [WorkingGroupError.GroupAlreadyHasTwoReferents]: {
    fr: 'Le groupe a déjà deux référent·es sur cette période : terminez d’abord l’un des mandats',
    en: 'The group already has two referents in this period: end one of their terms first',
  },
  [WorkingGroupError.GroupClosed]: {
    fr: 'Ce groupe est clos',
    en: 'This group is closed',
  },
  [WorkingGroupError.GroupNotTakingVolunteersMoment]: {
    fr: 'Ce groupe n’accueille pas de bénévoles en ce moment',
    en: 'This group is not taking volunteers at the moment',
  },
  [WorkingGroupError.PersonAlreadyGroupsPipeline]: {
    fr: 'Cette personne est déjà dans le parcours de ce groupe',
    en: 'This person is already in this group’s pipeline',
  },
  [WorkingGroupError.PersonAlreadyHoldsRolePeriod]: {
    fr: 'Cette personne tient déjà ce rôle sur cette période',
    en: 'This person already holds this role in this period',
  },
  [WorkingGroupError.PersonBelongsNoOrganisationTheir]: {
    fr: 'Cette personne n’est rattachée à aucune organisation : son temps ne peut pas être valorisé comme contribution',
    en: 'This person belongs to no organisation: their time cannot be recorded as a contribution',
  },
  [WorkingGroupError.PersonDoesNotBelongOrganisation]: {
    fr: 'Cette personne n’appartient pas à cette organisation',
    en: 'This person does not belong to this organisation',
  },
  [WorkingGroupError.PersonHasNoEmailAddress]: {
    fr: 'Cette personne n’a pas d’adresse e-mail',
    en: 'This person has no email address',
  },
  [WorkingGroupError.PersonNotVolunteerGroup]: {
    fr: 'Cette personne n’est pas bénévole de ce groupe',
    en: 'This person is not a volunteer of this group',
  },
  [WorkingGroupError.TermEndsBeforeStarts]: {
    fr: 'La fin du mandat précède son début',
    en: 'The term ends before it starts',
  },
  [WorkingGroupError.TermNotFound]: {
    fr: 'Mandat introuvable',
    en: 'Term not found',
  },
  [WorkingGroupError.UnknownArchivedPerson]: {
    fr: 'Personne inconnue ou archivée',
    en: 'Unknown or archived person',
  },
  [WorkingGroupError.VolunteerNotFoundGroup]: {
    fr: 'Bénévole introuvable dans ce groupe',
    en: 'Volunteer not found in this group',
  },
  [WorkingGroupError.VolunteerProfileNotFound]: {
    fr: 'Profil bénévole introuvable',
    en: 'Volunteer profile not found',
  },
  [WorkingGroupError.WorkingGroupNotFound]: {
    fr: 'Groupe de travail introuvable',
    en: 'Working group not found',
  },
});
