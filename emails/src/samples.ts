import type { EmailVarsMap } from './emails';

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
  'meeting-invitation': {
    firstName: 'Nadia',
    organiserName: 'Claire Montagne',
    meetingTitle: 'COPIL mensuel de mars',
    kind: 'copil',
    startsAt: new Date('2026-03-12T17:30:00Z'),
    endsAt: new Date('2026-03-12T19:30:00Z'),
    place: 'Maison des associations, 8 rue du Général Renault, Paris 11e',
    videoLink: 'https://visio.example.org/copil-transiscope',
    agenda: ['Tour de table des organisations', 'Suivi de la subvention FPH', 'Fiches de poste des prestataires', 'Prochain Transiscothon'],
    meetingUrl: 'https://maillage.example.org/meetings/7c9e6679-7425-40de-944b-e07fc1f90ae7',
  },
  'action-reminder': {
    firstName: 'Gilles',
    actionTitle: 'Envoyer le bilan financier intermédiaire à la FPH',
    dueOn: '2026-03-31',
    origin: 'COPIL mensuel de mars (12 mars 2026)',
    actionsUrl: 'https://maillage.example.org/my-actions',
  },
};
