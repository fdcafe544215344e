import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Role } from '../auth/roles';
import type { AuthUser } from './auth-user';
import {
  CAMPAIGN_TOTALS_FIELDS,
  GROUP_FIELDS_WITHOUT_PIPELINE,
  MISSION_FIELDS_WITHOUT_RATE,
  TERM_FIELDS_WITHOUT_CONTACT,
} from './readable-fields';

export type Action =
  | 'manage'
  | 'create'
  | 'read'
  | 'update'
  | 'archive'
  | 'invite'
  | 'verify'
  | 'delete'
  | 'submit'
  | 'validate'
  | 'correct'
  | 'log_time'
  | 'send'
  | 'approve'
  | 'pay'
  | 'issue'
  | 'publish';
export type Subject =
  | 'all'
  | 'Organisation'
  | 'Person'
  | 'Account'
  | 'AuditEntry'
  | 'Contribution'
  | 'ContributionRate'
  | 'InKindAccount'
  | 'Funder'
  | 'Grant'
  | 'FunderReport'
  | 'FundingDashboard'
  | 'Split'
  | 'SplitLine'
  | 'SplitPayment'
  | 'SplitLedgerEntry'
  | 'Meeting'
  | 'Decision'
  | 'ActionItem'
  | 'StrategyAction'
  | 'StrategyAxis'
  | 'Mission'
  | 'TimeEntry'
  | 'WorkingGroup'
  | 'GroupMember'
  | 'GroupVolunteer'
  | 'VolunteerProfile'
  | 'NewsletterIssue'
  | 'NewsletterList'
  | 'Subscriber'
  | 'NewsletterProposal'
  | 'SecuritySettings'
  | 'Backup'
  | 'OutboxJob'
  | 'PrivacyRequest'
  | 'NetworkExport'
  | 'Import'
  | 'DonationCampaign'
  | 'Donor'
  | 'Gift'
  | 'TaxReceipt'
  | 'DonationSettings'
  | 'TransparencySettings'
  | 'Source'
  | 'Kit'
  | 'TrainingEvent';
export type AppAbility = MongoAbility<[Action, Subject | object]>;

/** The partial field lists below, as mutable arrays for CASL. */
const groupFieldsWithoutPipeline = [...GROUP_FIELDS_WITHOUT_PIPELINE];
const termFieldsWithoutContact = [...TERM_FIELDS_WITHOUT_CONTACT];
const missionFieldsWithoutRate = [...MISSION_FIELDS_WITHOUT_RATE];
const campaignTotalsFields = [...CAMPAIGN_TOTALS_FIELDS];

/** Who reads a decision: everyone signed in (`public`) or the network's inner circle only (`copil`, the default). */
export const DECISION_VISIBILITIES = ['copil', 'public'] as const;
export type DecisionVisibility = (typeof DECISION_VISIBILITIES)[number];

/** Entities are checked by class name; plain objects tagged with CASL's `subject()` helper work too. */
const detectSubjectType = (o: object): Subject =>
  (o as { __caslSubjectType__?: Subject }).__caslSubjectType__ ?? (o.constructor.name as Subject);

/**
 * Every permission rule of Maillage, role by role. A person with several roles gets the union.
 * Conditions name entity properties; list queries get them as SQL (see casl-to-sql.ts).
 */
export function defineAbilityFor(user: AuthUser | null): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (!user) return build({ detectSubjectType });
  const roles = new Set(user.roles);

  // Everyone signed in: the directory of member organisations.
  can('read', 'Organisation');
  // Everyone signed in: their own contact card.
  can(['read', 'update'], 'Person', { id: user.personId });
  // Everyone signed in: the public decisions, the strategy, the meetings they attend, and the action items they own,
  // whose status they move themselves (nothing else of them). Every role but volunteer and contractor reads the
  // whole decisions log (below).
  can('read', 'Decision', { visibility: 'public' });
  can('read', ['StrategyAction', 'StrategyAxis']);
  can('read', 'Meeting', { 'attendees.personId': user.personId });
  can('read', 'ActionItem', { ownerPersonId: user.personId });
  can('update', 'ActionItem', ['status'], { ownerPersonId: user.personId });
  // Everyone signed in: the working groups they belong to and who is in them (people's addresses stay with those who
  // read the people directory, below; their own terms show their own), their own volunteer profile, their own place in
  // a group's pipeline, and the time they give (leaving a group is open to anyone in it). A group's volunteer pipeline
  // counts are for those who follow it: its leads and welcome people, the COPIL, the staff.
  can('read', 'WorkingGroup', groupFieldsWithoutPipeline, { id: { $in: user.memberGroupIds } });
  can('read', 'WorkingGroup', { id: { $in: [...user.groupIds, ...user.welcomeGroupIds] } });
  can('read', 'GroupMember', termFieldsWithoutContact, { groupId: { $in: user.memberGroupIds } });
  can('read', 'GroupMember', { personId: user.personId });
  can(['read', 'update'], 'VolunteerProfile', { personId: user.personId });
  can(['read', 'log_time'], 'GroupVolunteer', { personId: user.personId });
  // The welcome person of a group (a current welcomer term, whatever their roles) moves its newcomers along the
  // pipeline; members, roles and settings stay with the referents.
  can(['read', 'update'], 'GroupVolunteer', { groupId: { $in: user.welcomeGroupIds } });

  if (roles.has('admin')) {
    can('manage', 'all');
  }
  if ((['coordinator', 'copil', 'comms', 'wg_lead'] as const).some((r) => roles.has(r))) {
    can('read', 'Decision');
  }

  if (roles.has('coordinator')) {
    can(['create', 'read', 'update', 'archive'], ['Organisation', 'Person']);
    can(['read', 'invite'], 'Account');
    can('read', 'AuditEntry');
    // GDPR requests: recorded, answered (the access export) and carried out (the erasure) by the coordinator.
    can(['create', 'read', 'update'], 'PrivacyRequest');
    // The whole network's data in one zip (every list, with a README): the network can leave with it at any time.
    can('read', 'NetworkExport');
    // Funding: funders and grants from prospect to closing; the dashboard, deadlines and alerts.
    can(['create', 'read', 'update', 'archive'], 'Funder');
    can(['create', 'read', 'update'], 'Grant');
    // What is handed to a funder under the network's signature (the CERFA 15059 PDF and spreadsheet, the activity
    // report): the coordinator's; the COPIL reads the grant's figures on screen.
    can(['read', 'update'], 'FunderReport');
    can('read', 'FundingDashboard');
    // Decisions are never updated: a change is an amendment, a new decision.
    can(['create', 'read', 'update'], ['Meeting', 'ActionItem']);
    can('create', 'Decision');
    can(['create', 'update'], 'StrategyAction');
    // The axes frame the whole strategy: the coordinator sets them; the COPIL moves the actions within them.
    can(['create', 'update'], 'StrategyAxis');
    can(['create', 'read', 'update'], 'Mission');
    can(['create', 'read', 'update', 'delete'], 'TimeEntry');
    can(['create', 'read', 'update'], ['WorkingGroup', 'GroupMember', 'GroupVolunteer', 'VolunteerProfile']);
    can('log_time', 'GroupVolunteer');
    // Imports: the coordinator brings in every kind of list (the admin too, through `manage all`) and may take up any
    // upload; each import is checked again by kind and uploader (`subject('Import', { kind, createdById })`).
    can('create', 'Import');
  }

  if (roles.has('copil')) {
    can('read', 'Person');
    can('update', 'Organisation', { id: { $in: user.organisationIds } });
    // The COPIL follows the network's money: grants and their totals, read only.
    can('read', ['Funder', 'Grant']);
    can(['create', 'read', 'update'], 'Meeting');
    can('read', 'ActionItem');
    // An action a COPIL member hands out (or changes) is owned by a working group or by someone of their own
    // organisations: the check reads the owner's organisations (`ownerOrganisationIds`) on the final values.
    can(['create', 'update'], 'ActionItem', { ownerGroupId: { $ne: null } });
    can(['create', 'update'], 'ActionItem', { ownerOrganisationIds: { $in: user.organisationIds } });
    can('create', 'Decision');
    can('update', 'StrategyAction');
    // Missions and their job descriptions, never the rates.
    can('read', 'Mission', missionFieldsWithoutRate);
  }

  if (roles.has('comms') || roles.has('wg_lead')) {
    can('read', 'Person');
    can('read', ['Meeting', 'ActionItem']);
  }

  // Contributions in kind. Everyone sees what they gave or typed in, and the rate table the form values with.
  can('read', 'Contribution', { personId: user.personId });
  can('read', 'Contribution', { enteredById: user.id });
  can('read', 'ContributionRate');
  if (['admin', 'coordinator', 'copil', 'comms', 'wg_lead'].some((r) => roles.has(r as Role))) {
    can('read', 'Contribution', { status: 'validated' });
    can('read', 'InKindAccount');
  }
  if (roles.has('coordinator')) {
    can(['create', 'read', 'update', 'delete', 'submit', 'validate', 'correct'], 'Contribution');
    can(['create', 'update'], 'ContributionRate');
    can(['read', 'update'], 'InKindAccount');
  }
  if (roles.has('copil')) {
    can(['create', 'read', 'update', 'delete', 'submit'], 'Contribution', {
      organisationId: { $in: user.organisationIds },
    });
    // Their organisation's contributions from a spreadsheet, through their own uploads only: each line is checked
    // with the rules above, as the form would check it.
    can('create', 'Import', { kind: 'contributions', createdById: user.id });
  }
  // Working time is credited to no organisation (given in one's own name) or to one the person who gave it belongs to
  // (`creditedToGiver`, worked out by the contributions service): nobody credits an organisation the giver is not
  // part of; its COPIL member logs its other contributions.
  if (roles.has('wg_lead')) {
    // A group's lead logs and checks the time of the group's volunteers.
    can('read', 'Contribution', { workingGroupId: { $in: user.groupIds } });
    can(['create', 'update', 'delete', 'submit'], 'Contribution', {
      workingGroupId: { $in: user.groupIds },
      type: 'working_time',
      creditedToGiver: true,
    });
  }
  if (roles.has('contractor') || roles.has('volunteer')) {
    // Their own hours, as drafts: their group's lead or the coordinator checks and submits them. The hours are valued
    // by the rate table only: a justified amount of their own (`amountCents`) is not theirs to set.
    can('delete', 'Contribution', { personId: user.personId, type: 'working_time' });
    can(['create', 'update'], 'Contribution', {
      personId: user.personId,
      type: 'working_time',
      creditedToGiver: true,
      amountCents: null,
    });
  }
  // Four eyes, for every role (admin included): nobody validates what they typed in or gave themselves.
  cannot('validate', 'Contribution', { enteredById: user.id });
  cannot('validate', 'Contribution', { personId: user.personId });

  if (roles.has('contractor')) {
    // Their own missions (their own rate included) and the time logged on them; nobody else's.
    can('read', 'Mission', { contractorPersonId: user.personId });
    can(['create', 'read', 'update', 'delete'], 'TimeEntry', { personId: user.personId });
  }

  // volunteer: nothing more than what every signed-in person has.
  // Working groups are no secret inside the network; their volunteers' details are, beyond the groups' own leads.
  // A contractor sees every group and who holds which role, without people's addresses or other groups' pipelines.
  if ((['copil', 'comms', 'wg_lead'] as const).some((r) => roles.has(r))) {
    can('read', ['WorkingGroup', 'GroupMember']);
  }
  if (roles.has('contractor')) {
    can('read', 'WorkingGroup', groupFieldsWithoutPipeline);
    can('read', 'GroupMember', termFieldsWithoutContact);
  }

  if (roles.has('wg_lead')) {
    can('update', 'WorkingGroup', { id: { $in: user.groupIds } });
    can(['create', 'read', 'update'], ['GroupMember', 'GroupVolunteer'], { groupId: { $in: user.groupIds } });
    can('log_time', 'GroupVolunteer', { groupId: { $in: user.groupIds } });
  }

  // contractor and volunteer: nothing more than the directory, their own card and their own groups.
  // Newsletters: everyone reads the issues already sent; the communication team (and the coordinator) compose,
  // schedule and send them, and keep the lists and subscribers; working-group leads and COPIL members propose
  // items and follow their own proposals.
  can('read', 'NewsletterIssue', { status: 'sent' });
  if (roles.has('comms') || roles.has('coordinator')) {
    can(['create', 'read', 'update', 'send'], 'NewsletterIssue');
    // A subscriber's record includes the proof of their consent (`consent`: pages, addresses, browsers): only those
    // who keep the lists read subscribers at all.
    can(['create', 'read', 'update', 'archive'], ['NewsletterList', 'Subscriber']);
    // A list of subscribers from a spreadsheet, each new subscription recorded as imported consent.
    can('create', 'Import', { kind: 'subscribers', createdById: user.id });
    can(['read', 'update'], 'NewsletterProposal');
  }
  if (roles.has('wg_lead') || roles.has('copil')) {
    can('create', 'NewsletterProposal');
    can('read', 'NewsletterProposal', { proposedById: user.id });
  }

  // contractor and volunteer: nothing more than the directory and their own card.

  // Fund splits. The coordinator simulates, approves and pays; a COPIL member reads the approved splits and,
  // in them, only their own organisation's share, payments and ledger entries. Nobody else sees any of it.
  if (roles.has('coordinator')) {
    can(['create', 'read', 'update', 'delete', 'approve', 'pay'], 'Split');
    can('read', ['SplitLine', 'SplitPayment', 'SplitLedgerEntry']);
  }
  if (roles.has('copil')) {
    can('read', 'Split', { status: { $in: ['approved', 'settled'] } });
    can('read', ['SplitLine', 'SplitPayment', 'SplitLedgerEntry'], { organisationId: { $in: user.organisationIds } });
  }

  // Donations. Donors, their gifts and receipts are personal data: the coordinator and the treasurer (of the legal
  // entity that holds the money) keep them, import them and issue the tax receipts. Everyone else signed in follows a
  // campaign's totals (raised, donors counted, goal), never who gave.
  can('read', 'DonationCampaign', campaignTotalsFields);
  if (roles.has('coordinator') || roles.has('treasurer')) {
    can(['create', 'read', 'update'], ['DonationCampaign', 'Donor', 'Gift']);
    can(['read', 'issue', 'update'], 'TaxReceipt');
    can(['read', 'update'], 'DonationSettings');
  }
  if (roles.has('treasurer')) {
    // The gifts file through the import flow, `gifts` kind only.
    can('create', 'Import', { kind: 'gifts' });
  }

  // Sources of the map. The coordinator adds and follows every source; the referents of the working group that
  // follows one edit it (its onboarding steps, its feed); a COPIL member reads their own organisations' sources; the
  // communication team reads them all (it tells the sources' stories). Contractors and volunteers: none.
  if (roles.has('coordinator')) {
    can(['create', 'read', 'update'], 'Source');
  }
  if (roles.has('wg_lead')) {
    can(['read', 'update'], 'Source', { groupId: { $in: user.groupIds } });
  }
  if (roles.has('copil')) {
    can('read', 'Source', { organisationId: { $in: user.organisationIds } });
  }
  if (roles.has('comms')) {
    can('read', 'Source');
  }

  // Public transparency (off until the network turns it on): the coordinator alone chooses, grant by grant and split
  // by split, what the public page shows. The page itself is read without an account (a public route, no rule).
  if (roles.has('coordinator')) {
    can(['read', 'update'], 'TransparencySettings');
    can('publish', ['Grant', 'Split']);
  }

  // Kits, trainings and gatherings. The coordinator runs them all; a working group's referents run their group's (and
  // may only hand one to a group they lead). Whoever manages an event manages its registrations and attendance: the
  // attendees' names and addresses go no further. The network's inner circle (COPIL, communication team, treasurer)
  // reads every kit and event; anyone else signed in, their own groups'. Anonymous visitors see only the public
  // registration page of an open event (no rule here: that page answers a fixed public view).
  can('read', ['Kit', 'TrainingEvent'], { groupId: { $in: user.memberGroupIds } });
  if (roles.has('copil') || roles.has('comms') || roles.has('treasurer')) {
    can('read', ['Kit', 'TrainingEvent']);
  }
  if (roles.has('wg_lead')) {
    can(['create', 'read', 'update'], ['Kit', 'TrainingEvent'], { groupId: { $in: user.groupIds } });
  }
  if (roles.has('coordinator')) {
    can(['create', 'read', 'update'], ['Kit', 'TrainingEvent']);
  }

  return build({ detectSubjectType });
}
