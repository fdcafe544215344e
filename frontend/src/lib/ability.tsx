'use client';

import { createMongoAbility, subject, type MongoAbility } from '@casl/ability';
import { unpackRules } from '@casl/ability/extra';
import { useAbility } from '@casl/react';
import type { PackedRules } from './session-api';

/**
 * Mirrors the API's ability definition: the API sends its rules packed, the UI only reads them to hide what the user
 * may not do (the API still enforces every rule). Later modules add their actions and subjects here.
 */
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
  | 'FundingDashboard'
  | 'FunderReport'
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
  | 'Backup'
  | 'OutboxJob'
  | 'PrivacyRequest'
  | 'NetworkExport'
  | 'Import'
  | 'Source'
  | 'TransparencySettings'
  | 'DonationCampaign'
  | 'Donor'
  | 'Gift'
  | 'TaxReceipt'
  | 'DonationSettings'
  | 'Kit'
  | 'TrainingEvent';
export type AppAbility = MongoAbility<[Action, Subject | object]>;

export function abilityFromPacked(rules: PackedRules): AppAbility {
  return createMongoAbility<AppAbility>(unpackRules(rules));
}

/** Tags a plain API object with its subject type so rule conditions (e.g. `{ id: { $in: [...] } }`) apply to it. */
export function asSubject<T extends object>(type: Exclude<Subject, 'all'>, object: T) {
  return subject(type, { ...object });
}

export { AbilityProvider, Can } from '@casl/react';
export const useAppAbility = () => useAbility<AppAbility>();
