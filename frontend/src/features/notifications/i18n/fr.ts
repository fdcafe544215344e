/** French texts of notifications: the reference for en.ts; src/i18n assembles every feature's dictionary. */
export const notificationsFr = {
  'notifications.title': 'Notifications',
  'notifications.bell': 'Notifications ({count} non lues)',
  'notifications.none': 'Rien de nouveau pour vous.',
  'notifications.markAllRead': 'Tout marquer comme lu',
  'notifications.seeAll': 'Toutes mes notifications',
  'notifications.unread': 'Non lue',
  'notifications.intro':
    'Ce qui vous concerne\u00a0: vos contributions, les répartitions de votre organisation, vos actions, les propositions pour la lettre, les bénévoles à accueillir.',
  'notifications.email.title': 'Notifications par e-mail',
  'notifications.email.help': 'La cloche les montre toutes\u00a0; choisissez si elles vous arrivent aussi par e-mail.',
  'notifications.email.immediate': 'À chaque fois',
  'notifications.email.digest': 'Un récapitulatif par jour',
  'notifications.email.off': 'Jamais',
  'notifications.email.saved': 'Préférence enregistrée',
} satisfies Record<string, string>;
