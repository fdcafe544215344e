import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import type { AuthUser } from './auth-user';

export type Action = 'manage' | 'create' | 'read' | 'update' | 'archive' | 'invite' | 'verify' | 'log_time';
export type Subject = 'all' | 'Organisation' | 'Person' | 'Account' | 'AuditEntry'
  | 'WorkingGroup' | 'GroupMember' | 'GroupVolunteer' | 'VolunteerProfile';
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
  // Everyone signed in: the working groups they belong to and who is in them, their own volunteer profile, their own
  // place in a group's pipeline, and the time they give (leaving a group is open to anyone in it).
  can('read', 'WorkingGroup', { id: { $in: user.memberGroupIds } });
  can('read', 'GroupMember', { groupId: { $in: user.memberGroupIds } });
  can(['read', 'update'], 'VolunteerProfile', { personId: user.personId });
  can(['read', 'log_time'], 'GroupVolunteer', { personId: user.personId });
  // The welcome person of a group (a current welcomer term, whatever their roles) moves its newcomers along the
  // pipeline; members, roles and settings stay with the referents.
  can(['read', 'update'], 'GroupVolunteer', { groupId: { $in: user.welcomeGroupIds } });

  if (roles.has('admin')) {
    can('manage', 'all');
  }

  if (roles.has('coordinator')) {
    can(['create', 'read', 'update', 'archive'], ['Organisation', 'Person']);
    can(['read', 'invite'], 'Account');
    can('read', 'AuditEntry');
    can(['create', 'read', 'update'], ['WorkingGroup', 'GroupMember', 'GroupVolunteer', 'VolunteerProfile']);
    can('log_time', 'GroupVolunteer');
  }

  if (roles.has('copil')) {
    can('read', 'Person');
    can('update', 'Organisation', { id: { $in: user.organisationIds } });
  }

  if (roles.has('comms') || roles.has('wg_lead')) {
    can('read', 'Person');
  }

  // Working groups are no secret inside the network; their volunteers' details are, beyond the groups' own leads.
  if ((['copil', 'comms', 'wg_lead', 'contractor'] as const).some((r) => roles.has(r))) {
    can('read', ['WorkingGroup', 'GroupMember']);
  }

  if (roles.has('wg_lead')) {
    can('update', 'WorkingGroup', { id: { $in: user.groupIds } });
    can(['create', 'read', 'update'], ['GroupMember', 'GroupVolunteer'], { groupId: { $in: user.groupIds } });
    can('log_time', 'GroupVolunteer', { groupId: { $in: user.groupIds } });
  }

  // contractor and volunteer: nothing more than the directory, their own card and their own groups.
  return build({ detectSubjectType });
}
