import type { EmailVarsMap } from './emails';
import type { NewsletterIssueContent } from './newsletter';

/** Realistic variables for every email: used by the preview and the tests, so a new email cannot skip either. */
export const samples: { readonly [N in keyof EmailVarsMap]: EmailVarsMap[N] } = {
  invitation: {
    firstName: 'Camille',
    inviterName: 'Solène Martin',
    roles: ['copil', 'wg_lead'],
    acceptUrl: 'https://maillage.example.org/invitation/8f3a1c2e9b7d4f60a5e1c3b2d9f8e7a6',
    expiresAt: new Date('2026-03-12T17:00:00Z'),
  },
  'password-reset': {
    firstName: 'Camille',
    resetUrl: 'https://maillage.example.org/password-reset/4b6e2d91c0a84f7e9d3b5a1c2e8f6d07',
    expiresAt: new Date('2026-03-05T09:30:00Z'),
  },
  'newsletter-confirm': {
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
        { date: '2026-04-04', time: '14:00', title: 'Cartoparty des tiers-lieux', place: 'La Maison des Possibles, Grenoble', url: 'https://maillage.example.org/agenda/cartoparty' },
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
      buttonUrl: 'https://maillage.example.org/don',
    },
    { type: 'free_text', title: null, html: '<p>Une question, une idée d’article\u00a0? Répondez simplement à ce message.</p>' },
  ],
};
