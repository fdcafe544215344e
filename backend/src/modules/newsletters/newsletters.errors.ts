import { catalogue } from '../../common/error-catalogue';

/**
 * Stable codes of the errors the newsletters code throws: the API answers them as `error.code`, the UI may rely on
 * them.
 */
export enum NewsletterError {
  InvalidNumber = 'newsletters.invalid_number',
  IssueAlreadyScheduledSent = 'newsletters.issue_already_scheduled_sent',
  IssueCanNoLongerEdited = 'newsletters.issue_can_no_longer_edited',
  IssueDoesNotExistNot = 'newsletters.issue_does_not_exist_not',
  IssueNotOutYet = 'newsletters.issue_not_out_yet',
  PreviewLinkExpired = 'newsletters.preview_link_expired',
  IssueNotFound = 'newsletters.issue_not_found',
  LinkHasExpiredSubscribeAgain = 'newsletters.link_has_expired_subscribe_again',
  ListAlreadyHasKey = 'newsletters.list_already_has_key',
  ListNotFound = 'newsletters.list_not_found',
  NotPossibleFromStatus = 'newsletters.not_possible_from_status',
  PersonUnsubscribedAddressNoLonger = 'newsletters.person_unsubscribed_address_no_longer',
  PreSendCheckFailed = 'newsletters.pre_send_check_failed',
  ProposalNotFound = 'newsletters.proposal_not_found',
  ProposalWasAlreadyHandled = 'newsletters.proposal_was_already_handled',
  ScheduledSentIssueMoveBack = 'newsletters.scheduled_sent_issue_move_back',
  SubscriberNotFound = 'newsletters.subscriber_not_found',
  UnknownAlreadyUsedConfirmationLink = 'newsletters.unknown_already_used_confirmation_link',
  UnknownArchivedList = 'newsletters.unknown_archived_list',
  UnknownConsentTextVersion = 'newsletters.unknown_consent_text_version',
  UnknownCampaign = 'newsletters.unknown_campaign',
  UnknownOrganisation = 'newsletters.unknown_organisation',
  UnsubscribeLinkNotValid = 'newsletters.unsubscribe_link_not_valid',
  WebhookNotConfigured = 'newsletters.webhook_not_configured',
  WebhookSecretInvalid = 'newsletters.webhook_secret_invalid',
  WebhookSignatureInvalid = 'newsletters.webhook_signature_invalid',
  ChooseRecipientsToResend = 'newsletters.choose_recipients_to_resend',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const newsletterErrors = catalogue<NewsletterError>({
  [NewsletterError.InvalidNumber]: {
    fr: 'Numéro invalide',
    en: 'Invalid number',
  },
  [NewsletterError.IssueAlreadyScheduledSent]: {
    fr: 'Lettre déjà programmée ou envoyée',
    en: 'Issue already scheduled or sent',
  },
  [NewsletterError.IssueCanNoLongerEdited]: {
    fr: 'Cette lettre n’est plus modifiable',
    en: 'This issue can no longer be edited',
  },
  [NewsletterError.IssueDoesNotExistNot]: {
    fr: 'Cette lettre n’existe pas ou n’est pas encore parue',
    en: 'This issue does not exist or is not out yet',
  },
  [NewsletterError.PreviewLinkExpired]: {
    fr: 'Ce lien d’aperçu a expiré ou n’est pas valide',
    en: 'This preview link has expired or is not valid',
  },
  [NewsletterError.IssueNotOutYet]: {
    fr: 'Cette lettre n’est pas encore parue',
    en: 'This issue is not out yet',
  },
  [NewsletterError.IssueNotFound]: {
    fr: 'Lettre introuvable',
    en: 'Issue not found',
  },
  [NewsletterError.LinkHasExpiredSubscribeAgain]: {
    fr: 'Ce lien a expiré : inscrivez-vous de nouveau',
    en: 'This link has expired: subscribe again',
  },
  [NewsletterError.ListAlreadyHasKey]: {
    fr: 'Une liste porte déjà cet identifiant',
    en: 'A list already has this key',
  },
  [NewsletterError.ListNotFound]: {
    fr: 'Liste introuvable',
    en: 'List not found',
  },
  [NewsletterError.NotPossibleFromStatus]: {
    fr: 'Impossible depuis l’état « {from} »',
    en: 'Not possible from status "{from}"',
  },
  [NewsletterError.PersonUnsubscribedAddressNoLonger]: {
    fr: 'Cette personne s’est désinscrite ou son adresse ne reçoit plus : elle seule peut se réinscrire, par le formulaire public',
    en: 'This person unsubscribed or the address no longer receives mail: only they can subscribe again, through the public form',
  },
  [NewsletterError.PreSendCheckFailed]: {
    fr: 'La vérification avant envoi a trouvé des erreurs',
    en: 'The pre-send check found errors',
  },
  [NewsletterError.ProposalNotFound]: {
    fr: 'Proposition introuvable',
    en: 'Proposal not found',
  },
  [NewsletterError.ProposalWasAlreadyHandled]: {
    fr: 'Cette proposition a déjà été traitée',
    en: 'This proposal was already handled',
  },
  [NewsletterError.ScheduledSentIssueMoveBack]: {
    fr: 'Lettre programmée ou envoyée : repassez-la en brouillon pour la modifier',
    en: 'Scheduled or sent issue: move it back to draft to edit it',
  },
  [NewsletterError.SubscriberNotFound]: {
    fr: 'Abonné·e introuvable',
    en: 'Subscriber not found',
  },
  [NewsletterError.UnknownAlreadyUsedConfirmationLink]: {
    fr: 'Lien de confirmation inconnu ou déjà utilisé',
    en: 'Unknown or already used confirmation link',
  },
  [NewsletterError.UnknownArchivedList]: {
    fr: 'Liste inconnue ou archivée',
    en: 'Unknown or archived list',
  },
  [NewsletterError.UnknownConsentTextVersion]: {
    fr: 'Version du texte de consentement inconnue',
    en: 'Unknown consent text version',
  },
  [NewsletterError.UnknownCampaign]: {
    fr: 'Campagne de dons inconnue',
    en: 'Unknown donation campaign',
  },
  [NewsletterError.UnknownOrganisation]: {
    fr: 'Organisation inconnue',
    en: 'Unknown organisation',
  },
  [NewsletterError.UnsubscribeLinkNotValid]: {
    fr: 'Ce lien de désinscription n’est pas valable',
    en: 'This unsubscribe link is not valid',
  },
  [NewsletterError.ChooseRecipientsToResend]: {
    fr: 'Choisissez des destinataires, ou tous les échecs, ou tous les incertains',
    en: 'Choose recipients, or all failed, or all uncertain ones',
  },
  [NewsletterError.WebhookNotConfigured]: {
    fr: 'Ce webhook n’est pas configuré',
    en: 'This webhook is not configured',
  },
  [NewsletterError.WebhookSecretInvalid]: {
    fr: 'Identifiants du webhook invalides',
    en: 'Invalid webhook credentials',
  },
  [NewsletterError.WebhookSignatureInvalid]: {
    fr: 'Signature du message invalide',
    en: 'Invalid message signature',
  },
});
