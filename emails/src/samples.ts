import type { EmailVarsMap } from './emails';
import type { NewsletterIssueContent } from './newsletter';

/** Realistic variables for every email: used by the preview and the tests, so a new email cannot skip either. */
export const samples: { readonly [N in keyof EmailVarsMap]: EmailVarsMap[N] } = {
  invitation: {
    firstName: 'Camille',
    inviterName: 'Solène Martin',
    roles: ['copil', 'wg_lead'],
    copilSeats: ['Colibris'],
    acceptUrl: 'https://maillage.example.org/invitation/8f3a1c2e9b7d4f60a5e1c3b2d9f8e7a6',
    expiresAt: new Date('2026-03-12T17:00:00Z'),
  },
  'password-reset': {
    firstName: 'Camille',
    resetUrl: 'https://maillage.example.org/password-reset/4b6e2d91c0a84f7e9d3b5a1c2e8f6d07',
    expiresAt: new Date('2026-03-05T09:30:00Z'),
  },
  'funding-reminder': {
    firstName: 'Claire',
    kind: 'report',
    label: 'Compte rendu financier final 2024-2026',
    grantTitle: 'Transiscope 2024-2026 : faire système',
    funderName: 'Fondation Charles Léopold Mayer pour le progrès de l’Homme (FPH)',
    dueOn: '2027-03-31',
    daysLeft: 14,
    amountCents: null,
    grantUrl: 'https://maillage.example.org/funding/grants/5b0f1f0e-8c1d-4a57-9f43-2d6a7c1e9b30',
    reminderDays: 14,
  },
  'funding-threshold': {
    firstName: 'Claire',
    kind: 'agreement',
    year: 2026,
    funderName: 'Département de l’Essonne',
    amountCents: 2_500_000,
    thresholdCents: 2_300_000,
    url: 'https://maillage.example.org/funding',
  },
  'meeting-invitation': {
    firstName: 'Nadia',
    organiserName: 'Claire Montagne',
    meetingTitle: 'COPIL mensuel de mars',
    kind: 'copil',
    startsAt: new Date('2026-03-12T17:30:00Z'),
    endsAt: new Date('2026-03-12T19:30:00Z'),
    place: 'Maison des associations, 8 rue du Général Renault, Paris 11e',
    videoLink: 'https://visio.example.org/copil-transiscope',
    agenda: [
      'Tour de table des organisations',
      'Suivi de la subvention FPH',
      'Fiches de poste des prestataires',
      'Prochain Transiscothon',
    ],
    meetingUrl: 'https://maillage.example.org/meetings/7c9e6679-7425-40de-944b-e07fc1f90ae7',
  },
  'action-reminder': {
    firstName: 'Gilles',
    actionTitle: 'Envoyer le bilan financier intermédiaire à la FPH',
    dueOn: '2026-03-31',
    origin: 'COPIL mensuel de mars (12 mars 2026)',
    actionsUrl: 'https://maillage.example.org/my-actions',
  },
  'volunteer-signup': {
    firstName: 'Aurélie',
    groupName: 'Communication',
    volunteerName: 'Hugo Lambert',
    volunteerEmail: 'hugo.lambert@example.org',
    message:
      'Graphiste, je peux aider à mettre en page la newsletter un soir par semaine.\nDisponible surtout le mercredi.',
    groupUrl: 'https://maillage.example.org/working-groups/3f6b2a10-7c1d-4e8a-9b5f-2d4c6e8a0b1c',
  },
  'volunteer-welcome': {
    firstName: 'Hugo',
    groupName: 'Communication',
    mailingList: 'gt-communication@lists.example.org',
    chatChannel: 'https://chat.example.org/channel/gt-communication',
    welcomerName: 'Aurélie Vidal',
  },
  'welcome-reminder': {
    firstName: 'Aurélie',
    groupName: 'Communication',
    volunteerName: 'Hugo Lambert',
    volunteerEmail: 'hugo.lambert@example.org',
    waitingSince: new Date('2026-03-02T18:40:00Z'),
    groupUrl: 'https://maillage.example.org/working-groups/3f6b2a10-7c1d-4e8a-9b5f-2d4c6e8a0b1c',
  },
  'newsletter-confirm': {
    firstName: 'Camille',
    lists: ['La lettre du réseau', 'Actualités Auvergne-Rhône-Alpes'],
    confirmUrl: 'https://maillage.example.org/newsletter/confirm?token=Zk3qW1c9bXy7T2sVnR4uHa',
    expiresAt: new Date('2026-03-19T10:00:00Z'),
  },
  'newsletter-reminder': {
    firstName: 'Inès',
    number: 13,
    dueOn: new Date('2026-05-15T08:00:00Z'),
    composeUrl: 'https://maillage.example.org/newsletters',
  },
  'source-alert': {
    firstName: 'Damien',
    sourceName: 'Carte des AMAP d’Île-de-France',
    problem: 'failing',
    since: new Date('2026-03-02T06:00:00Z'),
    sourceUrl: 'https://maillage.example.org/sources/3f6b2a10-7c1d-4e8a-9b5f-2d4c6e8a0b1c',
  },
  notifications: {
    firstName: 'Gilles',
    items: [
      {
        text: 'Camille Roux a soumis une contribution à valider\u00a0: Animation de l’atelier cartographie',
        url: 'https://maillage.example.org/contributions/0b6f3c1e-5c2a-4d0e-9a43-2f1d7e8b9c01',
      },
      {
        text: 'Une action vous est confiée\u00a0: Envoyer le bilan intermédiaire à la FPH',
        url: 'https://maillage.example.org/my-actions',
      },
    ],
    notificationsUrl: 'https://maillage.example.org/notifications',
  },
  'event-registration': {
    firstName: 'Léa',
    status: 'confirmed',
    eventTitle: 'Former les sources\u00a0: importer une carte Gogocarto',
    startsAt: new Date('2027-01-14T17:30:00Z'),
    endsAt: new Date('2027-01-14T19:00:00Z'),
    place: null,
    videoLink: 'https://visio.example.org/formation-sources',
    cancelUrl: 'https://maillage.example.org/attend/cancel?token=3kq9XzV1',
  },
  'gathering-reminder': {
    firstName: 'Gilles',
    dueOn: new Date('2027-04-10T10:00:00Z'),
    lastOn: new Date('2026-10-10T10:00:00Z'),
    eventsUrl: 'https://maillage.example.org/events',
  },
  'tax-receipt': {
    firstName: 'Hugo',
    number: '2026-000042',
    amountCents: 12050,
    entityName: 'Association Faire Système',
  },
};

/** A realistic issue with one block of every type: used by the preview and the tests. */
export const newsletterSample: NewsletterIssueContent = {
  locale: 'fr',
  number: 12,
  title: 'Faire système\u00a0: les territoires se rencontrent',
  preheader: 'Retour sur le Transiscothon, l’agenda du printemps et trois nouveaux membres.',
  date: new Date('2026-03-15T08:00:00Z'),
  webVersionUrl: 'https://maillage.example.org/newsletter/archive/12',
  archiveUrl: 'https://maillage.example.org/newsletter/archive',
  blocks: [
    {
      type: 'editorial',
      title: 'Édito',
      html: '<p>Deux mois après le COPIL présentiel, nous avons arrêté une <strong>raison d’être</strong> commune et un cap pour 2024-2026.</p><p>Merci à toutes celles et ceux qui ont contribué\u00a0!</p>',
    },
    {
      type: 'article',
      title: 'Retour sur le Transiscothon de Lyon',
      text: 'Quarante personnes de douze organisations ont cartographié les alternatives de la métropole.\n\nLes données sont déjà visibles sur la carte.',
      imageUrl: 'https://maillage.example.org/images/transiscothon-lyon.jpg',
      imageAlt: 'Participantes autour d’une carte de Lyon',
      linkUrl: 'https://maillage.example.org/actualites/transiscothon-lyon',
      linkLabel: 'Lire le compte rendu',
    },
    {
      type: 'agenda',
      title: 'Agenda',
      events: [
        {
          date: '2026-04-04',
          time: '14:00',
          title: 'Cartoparty des tiers-lieux',
          place: 'La Maison des Possibles, Grenoble',
          url: 'https://maillage.example.org/agenda/cartoparty',
        },
        { date: '2026-05-16', time: null, title: 'Rencontre des territoires', place: 'Paris' },
      ],
    },
    {
      type: 'new_members',
      title: null,
      intro: 'Trois organisations ont signé la charte ce bimestre.',
      members: [
        { name: 'Colibris', territory: 'National', url: 'https://www.colibris-lemouvement.org' },
        { name: 'Pôle ESS de Bretagne', territory: 'Bretagne', url: null },
      ],
    },
    {
      type: 'donation',
      title: 'Soutenez le réseau',
      text: 'Un don, même modeste, finance l’hébergement de la carte et les rencontres.',
      buttonLabel: 'Faire un don',
      buttonUrl: 'https://maillage.example.org/don/renforcer-nos-communs',
      progress: { raisedCents: 912_350, goalCents: 1_500_000, donorsCount: 48 },
    },
    {
      type: 'free_text',
      title: null,
      html: '<p>Une question, une idée d’article\u00a0? Répondez simplement à ce message.</p>',
    },
  ],
};
