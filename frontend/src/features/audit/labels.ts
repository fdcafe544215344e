'use client';

import { useFormat, useIsMessageKey, useT } from '@/lib/i18n/provider';
import type { AuditEntry } from './types';

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
  ContributionRate: 'contributions.field.',
};

/** Enumerated fields whose values have labels (`<prefix><value>`); others are shown as stored. */
const VALUE_PREFIX: Record<string, string> = {
  'Organisation.kind': 'organisations.kind.',
  'Organisation.membershipStatus': 'organisations.status.',
  'Contribution.type': 'contributions.type.',
  'Contribution.unit': 'contributions.unit.',
  'Contribution.status': 'contributions.status.',
  'ContributionRate.type': 'contributions.type.',
  'ContributionRate.unit': 'contributions.unit.',
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
 * Readable names for what the audit stores raw (entity types, actions, field names, values): a field's label is its
 * entity's, else the audit's own for fields many entities share; ids are shown by the names the API resolved for the
 * reader (`names`), amounts in cents as euros. Anything without a label is shown as stored, so new entities still
 * read correctly.
 */
export function useAuditLabels() {
  const t = useT();
  const format = useFormat();
  const isMessageKey = useIsMessageKey();
  const label = (key: string, raw: string) => (isMessageKey(key) ? t(key) : raw);
  const field = (type: string, name: string) => {
    const own = `${FIELD_PREFIX[type] ?? ''}${name}`;
    return isMessageKey(own) ? t(own) : label(`audit.fieldName.${name}`, name);
  };
  const value = (entry: AuditEntry, name: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return '∅';
    if (typeof raw === 'boolean') return t(raw ? 'common.yes' : 'common.no');
    if (Array.isArray(raw)) return raw.map((item) => value(entry, name, item)).join(', ');
    // Money is stored in integer cents, in fields named so (`rateCents`, `amountCents`).
    if (name.endsWith('Cents') && typeof raw === 'number') return format.cents(raw);
    if (typeof raw !== 'string') return JSON.stringify(raw);
    const named = entry.names[raw];
    if (named) return named;
    const prefix = VALUE_PREFIX[`${entry.entityType}.${name}`];
    if (prefix) return label(`${prefix}${raw}`, raw);
    return DATE_ONLY.test(raw) ? format.date(raw) : INSTANT.test(raw) ? format.dateTime(raw) : raw;
  };
  return {
    entity: (type: string) => label(`audit.entity.${type}`, type),
    action: (action: string) => label(`audit.action.${action}`, action),
    field,
    value,
  };
}
