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
  'volunteer-signup': {
    firstName: 'Aurélie',
    groupName: 'Communication',
    volunteerName: 'Hugo Lambert',
    volunteerEmail: 'hugo.lambert@example.org',
    message: 'Graphiste, je peux aider à mettre en page la newsletter un soir par semaine.\nDisponible surtout le mercredi.',
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
};
