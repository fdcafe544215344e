import type { EntityManager } from 'typeorm';
import type { GroupMember, MemberRole } from '../../working-groups/group-member.entity';
import type { GroupVolunteer, PipelineStage } from '../../working-groups/group-volunteer.entity';
import type { WorkingGroup } from '../../working-groups/working-group.entity';
import type { Person } from '../../people/person.entity';
import { parisToday } from '../../working-groups/terms';
import type { RowReader } from '../fields';
import { msg } from '../../../common/error-catalogue';
import { ImportError } from '../imports.errors';
import { changed, type ImportAdapter, type RowPlan } from './adapter';

export interface GroupMemberRow {
  email: string;
  firstName: string | null;
  lastName: string | null;
  group: string;
  role: MemberRole | null;
  startedOn: string | null;
  endedOn: string | null;
  stage: PipelineStage | null;
  /** Filled by the plan: who and where, and the term and pipeline entry to create or update. */
  personId?: string | null;
  groupId?: string;
  termId?: string | null;
  termChanges?: Record<string, unknown>;
  volunteerId?: string | null;
  fromStage?: PipelineStage | null;
}

const ROLES: Record<MemberRole, string[]> = {
  referent: ['référent·e', 'référent', 'référente', 'referent'],
  facilitator: ['facilitateur·rice', 'facilitateur', 'facilitatrice', 'facilitator'],
  welcomer: ['accueil des bénévoles', 'accueil', 'volunteer welcome', 'welcomer'],
  member: ['membre', 'member'],
};
const STAGES: Record<PipelineStage, string[]> = {
  new: ['nouveau', 'nouvelle', 'nouveau·elle', 'new'],
  welcomed: ['accueilli·e', 'accueilli', 'accueillie', 'welcomed'],
  active: ['actif·ve', 'actif', 'active'],
  paused: ['en pause', 'pause', 'paused'],
  left: ['parti·e', 'parti', 'partie', 'left'],
};
const label = (fr: string, en: string) => ({ fr, en });

/**
 * A person's place in a working group: their term (role, start, end) and, with a stage, their volunteer pipeline entry.
 * Matched on (person by email, group by name); the person is created when unknown, the group must exist. A row with
 * neither role nor stage is a plain member's term. An import corrects the term it finds (the open one, else the last).
 */
export const groupMembersAdapter: ImportAdapter<GroupMemberRow> = {
  kind: 'group-members',
  entityType: 'GroupMember',
  fields: [
    { name: 'email', label: label('E-mail', 'Email'), required: true, aliases: ['email', 'courriel', 'mail'] },
    { name: 'firstName', label: label('Prénom', 'First name'), aliases: ['prenom', 'first name', 'firstname'] },
    { name: 'lastName', label: label('Nom', 'Last name'), aliases: ['nom', 'nom de famille', 'last name', 'surname'] },
    {
      name: 'group',
      label: label('Groupe de travail', 'Working group'),
      required: true,
      aliases: ['groupe', 'group', 'working group', 'gt'],
    },
    { name: 'role', label: label('Rôle', 'Role'), aliases: ['role', 'fonction'] },
    { name: 'startedOn', label: label('Début du mandat', 'Term start'), aliases: ['debut', 'depuis le', 'start'] },
    { name: 'endedOn', label: label('Fin du mandat', 'Term end'), aliases: ['fin', 'jusqu au', 'end'] },
    { name: 'stage', label: label('Étape bénévole', 'Volunteer stage'), aliases: ['etape', 'stage', 'benevole'] },
  ],

  read(r: RowReader) {
    const value = {
      email: r.email('email', true),
      firstName: r.text('firstName', 100),
      lastName: r.text('lastName', 100),
      group: r.text('group', 120, true),
      role: r.oneOf('role', ROLES),
      startedOn: r.day('startedOn'),
      endedOn: r.day('endedOn'),
      stage: r.oneOf('stage', STAGES),
    };
    if (value.startedOn && value.endedOn && value.endedOn < value.startedOn && !r.errors.length)
      r.fail('endedOn', ImportError.EndsBeforeStart);
    if (r.errors.length) return undefined;
    // Neither role nor stage: a member of the group.
    return { ...value, role: value.role ?? (value.stage ? null : 'member') } as GroupMemberRow;
  },

  // Named by its first field, where a duplicate is reported.
  keys: (v) => [`email:${v.email}/${v.group.toLowerCase()}`],
  label: (v) => `${v.email} — ${v.group}`,

  async plan(em, rows, fail) {
    const groups = new Map(
      (
        await em
          .getRepository<WorkingGroup>('WorkingGroup')
          .createQueryBuilder('g')
          .where('lower(g.name) = ANY(:names)', { names: rows.map((r) => r.value.group.toLowerCase()) })
          .getMany()
      ).map((g) => [g.name.toLowerCase(), g.id]),
    );
    const people = new Map(
      (
        await em
          .getRepository<Person>('Person')
          .createQueryBuilder('p')
          .where('lower(p.email) = ANY(:emails)', { emails: rows.map((r) => r.value.email) })
          .getMany()
      ).map((p) => [p.email!.toLowerCase(), p.id]),
    );
    const personIds = [...people.values()];
    const terms = personIds.length
      ? await em
          .getRepository<GroupMember>('GroupMember')
          .createQueryBuilder('m')
          .where('m.personId = ANY(:ids)', { ids: personIds })
          .orderBy('m.startedOn', 'DESC')
          .getMany()
      : [];
    const entries = personIds.length
      ? await em
          .getRepository<GroupVolunteer>('GroupVolunteer')
          .createQueryBuilder('v')
          .where('v.personId = ANY(:ids)', { ids: personIds })
          .getMany()
      : [];
    const plans: RowPlan<GroupMemberRow>[] = [];
    for (const { line, value } of rows) {
      const groupId = groups.get(value.group.toLowerCase());
      if (!groupId) {
        fail(line, 'group', msg(ImportError.UnknownGroup, { name: value.group }));
        continue;
      }
      const personId = people.get(value.email) ?? null;
      if (!personId && (!value.firstName || !value.lastName)) {
        if (!value.firstName) fail(line, 'firstName', ImportError.Required);
        if (!value.lastName) fail(line, 'lastName', ImportError.Required);
        continue;
      }
      const changes: Record<string, [unknown, unknown]> = {};
      const row: GroupMemberRow = { ...value, personId, groupId, termId: null, volunteerId: null };
      let created = false;
      if (value.role) {
        const mine = personId ? terms.filter((t) => t.personId === personId && t.groupId === groupId) : [];
        const term = mine.find((t) => t.endedOn === null) ?? mine[0];
        const { role, startedOn, endedOn } = value;
        if (term) {
          const moved = changed(term, { role, startedOn, endedOn });
          const after = { ...term, ...Object.fromEntries(Object.entries(moved).map(([k, [, a]]) => [k, a])) };
          if (after.endedOn && after.endedOn < after.startedOn) {
            fail(line, 'endedOn', ImportError.EndsBeforeStart);
            continue;
          }
          row.termId = term.id;
          row.termChanges = Object.fromEntries(Object.entries(moved).map(([k, [, a]]) => [k, a]));
          Object.assign(changes, moved);
        } else created = true;
      }
      if (value.stage) {
        const entry = personId ? entries.find((e) => e.personId === personId && e.groupId === groupId) : undefined;
        row.volunteerId = entry?.id ?? null;
        row.fromStage = entry?.stage ?? null;
        if (!entry) created = true;
        else if (entry.stage !== value.stage) changes.stage = [entry.stage, value.stage];
      }
      const status = created ? 'created' : Object.keys(changes).length ? 'updated' : 'unchanged';
      plans.push({ line, value: row, status, id: row.termId ?? row.volunteerId ?? null, changes });
    }
    return plans;
  },

  async write(em: EntityManager, plans) {
    const today = parisToday();
    const now = new Date();
    // New people first (once each, a person may join several groups in one file).
    const newPeople = new Map<string, GroupMemberRow>();
    for (const { value: v } of plans) if (!v.personId && !newPeople.has(v.email)) newPeople.set(v.email, v);
    if (newPeople.size) {
      const rows = [...newPeople.values()];
      const { identifiers } = await em.insert(
        'Person',
        rows.map(({ firstName, lastName, email }) => ({ firstName, lastName, email })),
      );
      const ids = new Map(rows.map((r, i) => [r.email, identifiers[i].id as string]));
      for (const { value: v } of plans) v.personId ??= ids.get(v.email)!;
    }
    const newTerms = plans.filter((p) => p.value.role && !p.value.termId);
    if (newTerms.length) {
      const { identifiers } = await em.insert(
        'GroupMember',
        newTerms.map(({ value: v }) => ({
          personId: v.personId!,
          groupId: v.groupId!,
          role: v.role!,
          startedOn: v.startedOn ?? today,
          endedOn: v.endedOn,
        })),
      );
      identifiers.forEach((x, i) => (newTerms[i].id = x.id as string));
    }
    for (const { value: v } of plans)
      if (v.termId && v.termChanges && Object.keys(v.termChanges).length)
        await em.update('GroupMember', v.termId, v.termChanges);
    // The pipeline keeps every move: each stage an import sets is a step, as a move on the board is.
    const newEntries = plans.filter((p) => p.value.stage && !p.value.volunteerId);
    if (newEntries.length) {
      const { identifiers } = await em.insert(
        'GroupVolunteer',
        newEntries.map(({ value: v }) => ({
          personId: v.personId!,
          groupId: v.groupId!,
          stage: v.stage!,
          stageChangedAt: now,
          source: 'added' as const,
        })),
      );
      identifiers.forEach((x, i) => {
        newEntries[i].value.volunteerId = x.id as string;
        newEntries[i].id ??= x.id as string;
      });
    }
    const moved = plans.filter((p) => p.value.stage && (p.value.fromStage ?? null) !== p.value.stage);
    for (const { value: v } of moved.filter((p) => p.value.fromStage))
      await em.update('GroupVolunteer', v.volunteerId!, { stage: v.stage!, stageChangedAt: now });
    if (moved.length)
      await em.insert(
        'VolunteerStep',
        moved.map(({ value: v }) => ({
          entryId: v.volunteerId!,
          fromStage: v.fromStage ?? null,
          stage: v.stage!,
          at: now,
          note: 'Import',
        })),
      );
  },
};
