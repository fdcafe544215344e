import { subject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import type { AuthUser } from '../../permissions/auth-user';
import { defineAbilityFor } from '../../permissions/ability';
import { ActionItem } from './action-item.entity';
import { Meeting } from './meeting.entity';

const user = (roles: AuthUser['roles']): AuthUser => ({
  id: 'acc',
  personId: 'me',
  email: 'x@y.z',
  firstName: 'X',
  lastName: 'Y',
  roles,
  organisationIds: ['own'],
  groupIds: [],
  welcomeGroupIds: [],
  memberGroupIds: [],
  locale: 'fr',
  sessionId: 's',
});
const meeting = (personIds: string[]) =>
  Object.assign(new Meeting(), { id: 'm', attendees: personIds.map((personId) => ({ personId })) });
const action = (ownerPersonId: string) => Object.assign(new ActionItem(), { id: 'a', ownerPersonId });
/** Contractors' entities, tagged by name as the ability sees them (no entity class across domains). */
const mission = (contractorPersonId: string) =>
  subject('Mission', { id: 'x', contractorPersonId, dailyRateCents: 45_000 });
const entry = (personId: string) => subject('TimeEntry', { id: 'e', personId });
/** An action as the service checks it: with its owner's organisations. */
const handedTo = (owner: { ownerPersonId?: string; ownerGroupId?: string }, ownerOrganisationIds: string[] = []) =>
  subject('ActionItem', {
    ownerPersonId: owner.ownerPersonId ?? null,
    ownerGroupId: owner.ownerGroupId ?? null,
    ownerOrganisationIds,
  });
const decision = (visibility: 'public' | 'copil') => subject('Decision', { id: 'd', visibility });
const readable = (roles: AuthUser['roles'], m: ReturnType<typeof mission>) =>
  permittedFieldsOf(defineAbilityFor(user(roles)), 'read', m, { fieldsFrom: (rule) => rule.fields ?? ['*'] });

describe('governance and contractors rules, role by role', () => {
  it('everyone signed in: the public decisions, the strategy, the meetings they attend, their own actions (status only)', () => {
    for (const role of ['volunteer', 'contractor', 'comms'] as const) {
      const a = defineAbilityFor(user([role]));
      expect(a.can('read', decision('public')) && a.can('read', 'StrategyAction')).toBe(true);
      expect(a.can('read', meeting(['someone', 'me']))).toBe(true);
      expect(a.can('read', action('me')) && a.can('update', action('me'), 'status')).toBe(true);
      expect(a.can('update', action('me'), 'dueOn') || a.can('update', action('someone'), 'status')).toBe(false);
      expect(a.can('create', 'Decision') || a.can('create', 'Meeting') || a.can('update', 'StrategyAction')).toBe(
        false,
      );
    }
  });

  it('volunteers and contractors read no other meeting nor action; comms and referents read them all', () => {
    for (const role of ['volunteer', 'contractor'] as const) {
      const a = defineAbilityFor(user([role]));
      expect(a.can('read', meeting(['someone'])) || a.can('read', action('someone'))).toBe(false);
    }
    for (const role of ['comms', 'wg_lead'] as const) {
      const a = defineAbilityFor(user([role]));
      expect(a.can('read', meeting(['someone'])) && a.can('read', action('someone'))).toBe(true);
      expect(a.can('update', meeting(['me']))).toBe(false);
    }
  });

  it('volunteers and contractors read only public decisions; every other role reads the whole log', () => {
    for (const role of ['volunteer', 'contractor'] as const)
      expect(defineAbilityFor(user([role])).can('read', decision('copil'))).toBe(false);
    for (const role of ['admin', 'coordinator', 'copil', 'comms', 'wg_lead'] as const) {
      expect(defineAbilityFor(user([role])).can('read', decision('copil'))).toBe(true);
    }
    expect(defineAbilityFor(user(['volunteer', 'copil'])).can('read', decision('copil'))).toBe(true);
  });

  it('a COPIL member hands actions to a working group or to someone of their own organisations, nobody else', () => {
    const a = defineAbilityFor(user(['copil']));
    expect(a.can('create', handedTo({ ownerGroupId: 'g' })) && a.can('update', handedTo({ ownerGroupId: 'g' }))).toBe(
      true,
    );
    expect(a.can('create', handedTo({ ownerPersonId: 'p' }, ['other', 'own']))).toBe(true);
    expect(a.can('create', handedTo({ ownerPersonId: 'p' }, ['other']))).toBe(false);
    expect(a.can('update', handedTo({ ownerPersonId: 'p' }, []))).toBe(false);
    expect(defineAbilityFor(user(['coordinator'])).can('create', handedTo({ ownerPersonId: 'p' }, ['other']))).toBe(
      true,
    );
  });

  it('coordinator and copil record meetings, decisions and actions; nobody updates a decision; only the coordinator adds to the strategy', () => {
    for (const role of ['coordinator', 'copil'] as const) {
      const a = defineAbilityFor(user([role]));
      expect(
        a.can('create', 'Meeting') &&
          a.can('update', meeting([])) &&
          a.can('create', 'Decision') &&
          a.can('update', handedTo({ ownerGroupId: 'g' })),
      ).toBe(true);
      expect(a.can('update', 'Decision')).toBe(false);
      expect(a.can('update', 'StrategyAction')).toBe(true);
    }
    expect(defineAbilityFor(user(['coordinator'])).can('create', 'StrategyAction')).toBe(true);
    expect(defineAbilityFor(user(['copil'])).can('create', 'StrategyAction')).toBe(false);
  });

  it('a contractor reads their own missions, rate included, and manages only their own time', () => {
    const a = defineAbilityFor(user(['contractor']));
    expect(a.can('read', mission('me')) && a.can('read', mission('me'), 'dailyRateCents')).toBe(true);
    expect(a.can('read', mission('other'))).toBe(false);
    expect(a.can('update', mission('me')) || a.can('create', 'Mission')).toBe(false);
    for (const act of ['create', 'read', 'update', 'delete'] as const) {
      expect(a.can(act, entry('me'))).toBe(true);
      expect(a.can(act, entry('other'))).toBe(false);
    }
  });

  it('the COPIL reads every mission but never the rate; the coordinator reads and manages everything', () => {
    expect(readable(['copil'], mission('other'))).not.toContain('dailyRateCents');
    expect(readable(['copil'], mission('other'))).toContain('jobDescription');
    for (const money of ['budgetedCents', 'usedCents', 'monthsCents'])
      expect(readable(['copil'], mission('other'))).not.toContain(money);
    expect(readable(['copil', 'contractor'], mission('me'))).toContain('*');
    expect(defineAbilityFor(user(['copil'])).can('read', 'TimeEntry')).toBe(false);
    expect(readable(['coordinator'], mission('other'))).toEqual(['*']);
    expect(readable(['copil', 'coordinator'], mission('other'))).toContain('*');
    const c = defineAbilityFor(user(['coordinator']));
    expect(c.can('update', mission('other')) && c.can('delete', entry('other'))).toBe(true);
  });

  it('volunteers, comms and referents see no mission at all', () => {
    for (const role of ['volunteer', 'comms', 'wg_lead'] as const)
      expect(defineAbilityFor(user([role])).can('read', 'Mission')).toBe(false);
  });
});
