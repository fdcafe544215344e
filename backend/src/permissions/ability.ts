import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import { MISSION_FIELDS_WITHOUT_RATE } from '../modules/contractors/mission.entity';
import type { AuthUser } from './auth-user';

export type Action = 'manage' | 'create' | 'read' | 'update' | 'archive' | 'invite' | 'verify' | 'delete';
export type Subject =
  | 'all' | 'Organisation' | 'Person' | 'Account' | 'AuditEntry'
  | 'Meeting' | 'Decision' | 'ActionItem' | 'StrategyAction' | 'Mission' | 'TimeEntry';
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
  // Everyone signed in: the decisions log, the strategy, the meetings they attend, and the action items they own,
  // whose status they move themselves (nothing else of them).
  can('read', ['Decision', 'StrategyAction']);
  can('read', 'Meeting', { attendeePersonIds: user.personId });
  can('read', 'ActionItem', { ownerPersonId: user.personId });
  can('update', 'ActionItem', ['status'], { ownerPersonId: user.personId });

  if (roles.has('admin')) {
    can('manage', 'all');
  }

  if (roles.has('coordinator')) {
    can(['create', 'read', 'update', 'archive'], ['Organisation', 'Person']);
    can(['read', 'invite'], 'Account');
    can('read', 'AuditEntry');
    // Decisions are never updated: a change is an amendment, a new decision.
    can(['create', 'read', 'update'], ['Meeting', 'ActionItem']);
    can('create', 'Decision');
    can(['create', 'update'], 'StrategyAction');
    can(['create', 'read', 'update'], 'Mission');
    can(['create', 'read', 'update', 'delete'], 'TimeEntry');
  }

  if (roles.has('copil')) {
    can('read', 'Person');
    can('update', 'Organisation', { id: { $in: user.organisationIds } });
    can(['create', 'read', 'update'], ['Meeting', 'ActionItem']);
    can('create', 'Decision');
    can('update', 'StrategyAction');
    // Missions and their job descriptions, never the rates.
    can('read', 'Mission', MISSION_FIELDS_WITHOUT_RATE);
  }

  if (roles.has('comms') || roles.has('wg_lead')) {
    can('read', 'Person');
    can('read', ['Meeting', 'ActionItem']);
  }

  if (roles.has('contractor')) {
    // Their own missions (their own rate included) and the time logged on them; nobody else's.
    can('read', 'Mission', { contractorPersonId: user.personId });
    can(['create', 'read', 'update', 'delete'], 'TimeEntry', { personId: user.personId });
  }

  // volunteer: nothing more than what every signed-in person has.
  return build({ detectSubjectType });
}
