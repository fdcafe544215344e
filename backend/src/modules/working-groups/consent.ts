/**
 * The consent texts of the public sign-up form, by version. A new wording gets a new version and the old ones stay,
 * so every stored consent names the text the visitor read (the exact words are stored with it too).
 */
export const CONSENT_TEXTS: Record<string, { fr: string; en: string }> = {
  '2026-01': {
    fr:
      'J’accepte que le réseau conserve les informations de ce formulaire pour organiser mon accueil dans le groupe de travail choisi et me contacter à ce sujet. ' +
      'Seules les personnes référentes et chargées de l’accueil du groupe, et la coordination du réseau, y ont accès. ' +
      'Je peux demander à tout moment à les consulter, les corriger ou les supprimer en écrivant à la coordination.',
    en:
      'I agree that the network keeps the information in this form to organise my welcome into the chosen working group and to contact me about it. ' +
      'Only the group’s referents and welcome person, and the network’s coordination, can see it. ' +
      'I can ask at any time to see, correct or delete it by writing to the coordination.',
  },
};

export const CURRENT_CONSENT_VERSION = '2026-01';
