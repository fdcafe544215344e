export const ROLES = ['admin', 'coordinator', 'copil', 'comms', 'wg_lead', 'contractor', 'volunteer'] as const;
export type Role = (typeof ROLES)[number];
