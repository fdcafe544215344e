/** French texts of the outbox card: the reference for en.ts; src/i18n assembles every feature's dictionary. */
export const outboxFr = {
  'outbox.title': 'Courriels automatiques en difficulté',
  'outbox.help':
    'Invitations, réinitialisations, rappels… que le serveur d’envoi a refusés ou n’a pas pu recevoir. Ils sont réessayés de plus en plus espacés, puis abandonnés\u00a0; «\u00a0Réessayer\u00a0» les renvoie tout de suite.',
  'outbox.none': 'Tous les courriels automatiques sont partis.',
  'outbox.to': 'Destinataire',
  'outbox.subject': 'Objet',
  'outbox.attempts': 'Essais',
  'outbox.error': 'Dernière erreur',
  'outbox.state': 'État',
  'outbox.failed': 'Abandonné le {date}',
  'outbox.retrying': 'Nouvel essai le {date}',
  'outbox.retry': 'Réessayer',
  'outbox.retried': 'Courriel remis en file',
} satisfies Record<string, string>;
