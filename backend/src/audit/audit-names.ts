import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { AppAbility, Subject } from '../permissions/ability';
import { whereAllowed } from '../permissions/casl-to-sql';

/** How a record of each subject is named, in SQL on its table (alias `t`). */
const NAMES: Partial<Record<Subject, string>> = {
  Organisation: 't.name',
  Person: `t.first_name || ' ' || t.last_name`,
  Account: `(SELECT p.first_name || ' ' || p.last_name FROM people p WHERE p.id = t.person_id)`,
  WorkingGroup: 't.name',
  Funder: 't.name',
  Grant: 't.title',
  Split: 't.title',
  ContributionRate: 't.label',
  Mission: 't.title',
  Meeting: 't.title',
  Decision: `'n° ' || t.number || ' — ' || t.title`,
  StrategyAction: 't.title',
  Source: 't.name',
};

/** Fields of the entries' payloads that hold ids (one, or an array) of records of a subject. */
const LINKS: Record<string, Subject> = {
  organisationId: 'Organisation',
  organisationIds: 'Organisation',
  personId: 'Person',
  contractorPersonId: 'Person',
  ownerPersonId: 'Person',
  proposedByPersonId: 'Person',
  enteredById: 'Account',
  validatedById: 'Account',
  reviewedById: 'Account',
  submittedById: 'Account',
  createdById: 'Account',
  approvedById: 'Account',
  recordedById: 'Account',
  workingGroupId: 'WorkingGroup',
  workingGroupIds: 'WorkingGroup',
  groupId: 'WorkingGroup',
  ownerGroupId: 'WorkingGroup',
  funderId: 'Funder',
  grantId: 'Grant',
  grantIds: 'Grant',
  splitId: 'Split',
  rateId: 'ContributionRate',
  missionId: 'Mission',
  meetingId: 'Meeting',
  decisionId: 'Decision',
  copilDecisionId: 'Decision',
  strategyActionId: 'StrategyAction',
  strategyActionIds: 'StrategyAction',
  sourceId: 'Source',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Entry {
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Names for the ids a page of audit entries shows (the record each entry is about, and the ids in its changed
 * fields), id → name, looked up with the reader's read rules in SQL: a record the reader may not read stays an id.
 */
export async function auditNames(
  em: EntityManager,
  ability: AppAbility,
  entries: Entry[],
): Promise<Map<string, string>> {
  const wanted = new Map<Subject, Set<string>>();
  const want = (subject: Subject | undefined, value: unknown) => {
    if (!subject || !NAMES[subject]) return;
    for (const id of [value].flat()) {
      if (typeof id !== 'string' || !UUID.test(id)) continue;
      const ids = wanted.get(subject) ?? new Set<string>();
      wanted.set(subject, ids.add(id));
    }
  };
  for (const e of entries) {
    want(e.entityType as Subject, e.entityId);
    for (const payload of [e.before, e.after])
      for (const [field, value] of Object.entries(payload ?? {})) want(LINKS[field], value);
  }
  const names = new Map<string, string>();
  for (const [subject, ids] of wanted) {
    const qb = em
      .getRepository<ObjectLiteral>(subject)
      .createQueryBuilder('t')
      .select('t.id', 'id')
      .addSelect(NAMES[subject]!, 'name')
      .where('t.id IN (:...ids)', { ids: [...ids] });
    const rows = await whereAllowed(qb, ability, 'read', subject).getRawMany<{ id: string; name: string | null }>();
    for (const r of rows) if (r.name) names.set(r.id, r.name);
  }
  return names;
}
