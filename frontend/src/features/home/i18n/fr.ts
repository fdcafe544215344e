/** French texts of each role's home: the reference for en.ts; src/i18n assembles every feature's dictionary. */
export const homeFr = {
  'home.org.contributions': 'Contributions de mon organisation cette année',
  'home.org.submitted': 'En attente de validation',
  'home.org.drafts': 'Brouillons à soumettre',
  'home.toValidate': 'Contributions à valider',
  'home.overdueActions': 'Actions du réseau en retard',
  'home.actions': 'Mes actions à faire',
  'home.notifications': 'Notifications non lues',
} satisfies Record<string, string>;
