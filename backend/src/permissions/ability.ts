import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import type { AuthUser } from './auth-user';

export type Action = 'manage' | 'create' | 'read' | 'update' | 'archive' | 'invite' | 'verify' | 'send';
export type Subject = 'all' | 'Organisation' | 'Person' | 'Account' | 'AuditEntry'
  | 'NewsletterIssue' | 'NewsletterList' | 'Subscriber' | 'NewsletterProposal';
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
  }

  if (roles.has('copil')) {
    can('read', 'Person');
    can('update', 'Organisation', { id: { $in: user.organisationIds } });
  }

  if (roles.has('comms') || roles.has('wg_lead')) {
    can('read', 'Person');
  }

  // Newsletters: everyone reads the issues already sent; the communication team (and the coordinator) compose,
  // schedule and send them, and keep the lists and subscribers; working-group leads and COPIL members propose
  // items and follow their own proposals.
  can('read', 'NewsletterIssue', { status: 'sent' });
  if (roles.has('comms') || roles.has('coordinator')) {
    can(['create', 'read', 'update', 'send'], 'NewsletterIssue');
    can(['create', 'read', 'update', 'archive'], ['NewsletterList', 'Subscriber']);
    can(['read', 'update'], 'NewsletterProposal');
  }
  if (roles.has('wg_lead') || roles.has('copil')) {
    can('create', 'NewsletterProposal');
    can('read', 'NewsletterProposal', { proposedById: user.id });
  }

  // contractor and volunteer: nothing more than the directory and their own card.
  return build({ detectSubjectType });
}
