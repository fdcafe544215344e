import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import type { AuthUser } from './auth-user';

export type Action = 'manage' | 'create' | 'read' | 'update' | 'archive' | 'invite' | 'verify';
export type Subject = 'all' | 'Organisation' | 'Person' | 'Account' | 'AuditEntry'
  | 'Funder' | 'Grant' | 'FundingDashboard';
export type AppAbility = MongoAbility<[Action, Subject | object]>;

/** Entities are checked by class name; plain objects tagged with CASL's `subject()` helper work too. */
const detectSubjectType = (o: object): Subject =>
  ((o as { __caslSubjectType__?: Subject }).__caslSubjectType__ ?? (o.constructor.name as Subject));

/**
 * Every permission rule of Maillage, role by role. A person with several roles gets the union.
 * Conditions name entity properties; list queries get them as SQL (see casl-to-sql.ts).
 */
export function defineAbilityFor(user: AuthUser | null): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (!user) return build({ detectSubjectType });
  const roles = new Set(user.roles);

  // Everyone signed in: the directory of member organisations.
  can('read', 'Organisation');
  // Everyone signed in: their own contact card.
  can(['read', 'update'], 'Person', { id: user.personId });

  if (roles.has('admin')) {
    can('manage', 'all');
  }

  if (roles.has('coordinator')) {
    can(['create', 'read', 'update', 'archive'], ['Organisation', 'Person']);
    can(['read', 'invite'], 'Account');
    can('read', 'AuditEntry');
    // Funding: funders and grants from prospect to closing; the dashboard, deadlines and alerts.
    can(['create', 'read', 'update', 'archive'], 'Funder');
    can(['create', 'read', 'update'], 'Grant');
    can('read', 'FundingDashboard');
  }

  if (roles.has('copil')) {
    can('read', 'Person');
    can('update', 'Organisation', { id: { $in: user.organisationIds } });
    // The COPIL follows the network's money: grants and their totals, read only.
    can('read', ['Funder', 'Grant']);
  }

  if (roles.has('comms') || roles.has('wg_lead')) {
    can('read', 'Person');
  }

  // contractor and volunteer: nothing more than the directory and their own card.
  return build({ detectSubjectType });
}
