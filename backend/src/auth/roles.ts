export const ROLES = [
  'admin',
  'coordinator',
  'copil',
  'comms',
  'wg_lead',
  'contractor',
  'volunteer',
  'treasurer',
] as const;
export type Role = (typeof ROLES)[number];
