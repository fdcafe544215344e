'use client';

import { useFormat, useIsMessageKey, useT } from '@/lib/i18n/provider';

/** Where each entity's field labels live in the dictionaries; a later module adds its entity here. */
const FIELD_PREFIX: Record<string, string> = {
  Organisation: 'organisations.field.',
  Person: 'people.field.',
  Account: 'accounts.field.',
  Contribution: 'contributions.field.',
  Funder: 'funding.funder.field.',
  Grant: 'funding.grant.field.',
  Meeting: 'governance.meeting.field.',
  Decision: 'governance.decision.field.',
  ActionItem: 'governance.action.field.',
  Mission: 'contractors.mission.field.',
  TimeEntry: 'contractors.entry.field.',
  Split: 'splits.field.',
};

/** Enumerated fields whose values have labels (`<prefix><value>`); others are shown as stored. */
const VALUE_PREFIX: Record<string, string> = {
  'Organisation.kind': 'organisations.kind.',
  'Organisation.membershipStatus': 'organisations.status.',
  'Contribution.type': 'contributions.type.',
  'Contribution.unit': 'contributions.unit.',
  'Contribution.status': 'contributions.status.',
  'Funder.kind': 'funding.funderKind.',
  'Grant.status': 'funding.status.',
  'Meeting.kind': 'governance.kind.',
  'Decision.method': 'governance.method.',
  'Decision.outcome': 'governance.outcome.',
  'ActionItem.status': 'governance.actionStatus.',
  'StrategyAction.status': 'governance.strategyStatus.',
  'TimeEntry.unit': 'contractors.unit.',
  'Split.rule': 'splits.rule.',
  'Split.status': 'splits.status.',
};

/** Bookkeeping every row has: not a change anyone made. */
export const TECHNICAL_FIELDS = new Set(['id', 'createdAt', 'updatedAt']);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Readable names for what the audit stores raw (entity types, actions, field names, values). Anything without a
 * label in the dictionaries is shown as stored, so new entities still read correctly.
 */
export function useAuditLabels() {
  const t = useT();
  const format = useFormat();
  const isMessageKey = useIsMessageKey();
  const label = (key: string, raw: string) => (isMessageKey(key) ? t(key) : raw);
  return {
    entity: (type: string) => label(`audit.entity.${type}`, type),
    action: (action: string) => label(`audit.action.${action}`, action),
    field: (type: string, field: string) => label(`${FIELD_PREFIX[type] ?? ''}${field}`, field),
    value: (type: string, field: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return '∅';
      if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
      if (typeof value !== 'string') return JSON.stringify(value);
      const prefix = VALUE_PREFIX[`${type}.${field}`];
      if (prefix) return label(`${prefix}${value}`, value);
      return DATE_ONLY.test(value) ? format.date(value) : INSTANT.test(value) ? format.dateTime(value) : value;
    },
  };
}
