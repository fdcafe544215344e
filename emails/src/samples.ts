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
};
