/**
 * The consent texts shown next to the public subscribe form, by version. A text never changes once published:
 * a new wording is a new version, so each proof of consent still says what the person agreed to.
 */
export const CONSENT_TEXTS: Readonly<Record<string, { fr: string; en: string }>> = {
  '2026-01': {
    fr: 'J’accepte de recevoir la lettre du réseau (environ une tous les deux mois) à cette adresse. Je peux me désinscrire à tout moment par le lien présent dans chaque lettre. Mon adresse ne sert qu’à cela et n’est jamais transmise.',
    en: 'I agree to receive the network’s newsletter (about one every two months) at this address. I can unsubscribe at any time through the link in every issue. My address is used for nothing else and never shared.',
  },
};

export const CURRENT_CONSENT_VERSION = '2026-01';

/** How long an unconfirmed subscription is kept before it is erased, and how long a confirmation link works. */
export const PENDING_RETENTION_DAYS = 30;
export const CONFIRM_LINK_DAYS = 7;
