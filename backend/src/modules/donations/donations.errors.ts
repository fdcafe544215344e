import { catalogue } from '../../common/error-catalogue';

/** Stable codes of the errors the donations code throws. */
export enum DonationError {
  CampaignNotFound = 'donations.campaign_not_found',
  SlugTaken = 'donations.slug_taken',
  PeriodEndsBeforeStarts = 'donations.period_ends_before_starts',
  DonorNotFound = 'donations.donor_not_found',
  DonorNameRequired = 'donations.donor_name_required',
  GiftNotFound = 'donations.gift_not_found',
  UnknownStrategyAction = 'donations.unknown_strategy_action',
  ReceiptNotFound = 'donations.receipt_not_found',
  ReceiptsDisabled = 'donations.receipts_disabled',
  LegalEntityIncomplete = 'donations.legal_entity_incomplete',
  GiftAlreadyReceipted = 'donations.gift_already_receipted',
  GiftNotPaid = 'donations.gift_not_paid',
  NothingToReceipt = 'donations.nothing_to_receipt',
  ReceiptCancelled = 'donations.receipt_cancelled',
  HelloAssoNotConfigured = 'donations.helloasso_not_configured',
  HelloAssoNoForm = 'donations.helloasso_no_form',
  HelloAssoUnreachable = 'donations.helloasso_unreachable',
  WebhookSignatureInvalid = 'donations.webhook_signature_invalid',
  WebhookUnknownForm = 'donations.webhook_unknown_form',
  WebhookTooOld = 'donations.webhook_too_old',
  WebhookMalformed = 'donations.webhook_malformed',
}

export const donationErrors = catalogue<DonationError>({
  [DonationError.CampaignNotFound]: { fr: 'Campagne introuvable', en: 'Campaign not found' },
  [DonationError.SlugTaken]: {
    fr: 'Une autre campagne a déjà cette adresse',
    en: 'Another campaign already has this address',
  },
  [DonationError.PeriodEndsBeforeStarts]: {
    fr: 'La fin de la période précède son début',
    en: 'The period ends before it starts',
  },
  [DonationError.DonorNotFound]: { fr: 'Donateur introuvable', en: 'Donor not found' },
  [DonationError.DonorNameRequired]: {
    fr: 'Indiquez le nom du donateur (ou de l’organisation)',
    en: 'Give the donor’s name (or the organisation’s)',
  },
  [DonationError.GiftNotFound]: { fr: 'Don introuvable', en: 'Gift not found' },
  [DonationError.UnknownStrategyAction]: { fr: 'Action de la stratégie inconnue', en: 'Unknown strategy action' },
  [DonationError.ReceiptNotFound]: { fr: 'Reçu introuvable', en: 'Receipt not found' },
  [DonationError.ReceiptsDisabled]: {
    fr: 'L’émission des reçus fiscaux n’est pas activée dans les réglages des dons',
    en: 'Tax receipts are not turned on in the donation settings',
  },
  [DonationError.LegalEntityIncomplete]: {
    fr: 'Renseignez le nom, l’adresse, l’objet et la qualité de l’organisme avant d’émettre des reçus',
    en: 'Give the legal entity’s name, address, purpose and status before issuing receipts',
  },
  [DonationError.GiftAlreadyReceipted]: {
    fr: 'Ce don a déjà un reçu ({number})',
    en: 'This gift already has a receipt ({number})',
  },
  [DonationError.GiftNotPaid]: {
    fr: 'Seul un don encaissé reçoit un reçu',
    en: 'Only a paid gift gets a receipt',
  },
  [DonationError.NothingToReceipt]: {
    fr: 'Aucun don encaissé sans reçu pour ce donateur cette année-là',
    en: 'No paid gift without a receipt for this donor that year',
  },
  [DonationError.ReceiptCancelled]: { fr: 'Ce reçu est déjà annulé', en: 'This receipt is already cancelled' },
  [DonationError.HelloAssoNotConfigured]: {
    fr: 'HelloAsso n’est pas configuré (HELLOASSO_CLIENT_ID, HELLOASSO_CLIENT_SECRET, HELLOASSO_ORGANIZATION_SLUG)',
    en: 'HelloAsso is not configured (HELLOASSO_CLIENT_ID, HELLOASSO_CLIENT_SECRET, HELLOASSO_ORGANIZATION_SLUG)',
  },
  [DonationError.HelloAssoNoForm]: {
    fr: 'Cette campagne n’a pas de formulaire HelloAsso',
    en: 'This campaign has no HelloAsso form',
  },
  [DonationError.HelloAssoUnreachable]: {
    fr: 'HelloAsso n’a pas répondu comme prévu ({status})',
    en: 'HelloAsso did not answer as expected ({status})',
  },
  [DonationError.WebhookSignatureInvalid]: {
    fr: 'Signature de la notification invalide',
    en: 'Invalid notification signature',
  },
  [DonationError.WebhookUnknownForm]: {
    fr: 'Aucune campagne ne reçoit les dons de ce formulaire',
    en: 'No campaign receives this form’s gifts',
  },
  [DonationError.WebhookTooOld]: {
    fr: 'Notification trop ancienne : refusée',
    en: 'Notification too old: refused',
  },
  [DonationError.WebhookMalformed]: {
    fr: 'Notification illisible',
    en: 'Unreadable notification',
  },
});
