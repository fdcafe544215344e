import type { AuthUser } from '../../permissions/auth-user';
import { defineAbilityFor } from '../../permissions/ability';
import { Contribution } from './contribution.entity';

const user = (roles: AuthUser['roles'], extra: Partial<AuthUser> = {}): AuthUser => ({
  id: 'acc',
  personId: 'me',
  email: 'x@y.z',
  firstName: 'X',
  lastName: 'Y',
  roles,
  organisationIds: ['own'],
  groupIds: ['group'],
  welcomeGroupIds: [],
  memberGroupIds: [],
  locale: 'fr',
  sessionId: 's',
  ...extra,
});
const contribution = (fields: Partial<Contribution> & { creditedToGiver?: boolean }) =>
  Object.assign(new Contribution(), {
    organisationId: 'other',
    personId: 'someone',
    enteredById: 'another',
    type: 'working_time',
    status: 'draft',
    workingGroupId: null,
    amountCents: null,
    creditedToGiver: true,
    ...fields,
  });

describe('who may do what with contributions', () => {
  it('copil: drafts and submits for their own organisations, reads validated ones of all', () => {
    const a = defineAbilityFor(user(['copil']));
    const own = contribution({ organisationId: 'own' });
    expect(['create', 'read', 'update', 'delete', 'submit'].every((action) => a.can(action as 'read', own))).toBe(true);
    expect(a.can('update', contribution({}))).toBe(false);
    expect(a.can('read', contribution({}))).toBe(false);
    expect(a.can('read', contribution({ status: 'validated' }))).toBe(true);
    expect(a.can('validate', own) || a.can('correct', own)).toBe(false);
  });

  it('coordinator: validates and corrects any, except what they entered or gave (four eyes)', () => {
    const a = defineAbilityFor(user(['coordinator']));
    expect(a.can('validate', contribution({})) && a.can('correct', contribution({}))).toBe(true);
    expect(a.can('validate', contribution({ enteredById: 'acc' }))).toBe(false);
    expect(a.can('validate', contribution({ personId: 'me' }))).toBe(false);
    expect(a.can('validate', contribution({ personId: null }))).toBe(true);
    expect(a.can('update', 'ContributionRate') && a.can('update', 'InKindAccount')).toBe(true);
  });

  it('admin: everything, four eyes included', () => {
    const a = defineAbilityFor(user(['admin']));
    expect(a.can('validate', contribution({}))).toBe(true);
    expect(a.can('validate', contribution({ enteredById: 'acc' }))).toBe(false);
  });

  it('wg_lead: logs and submits working time for their groups, credited to no organisation or the giver’s own; reads their groups’ contributions', () => {
    const a = defineAbilityFor(user(['wg_lead']));
    const ofGroup = contribution({ workingGroupId: 'group' });
    expect(a.can('create', ofGroup) && a.can('update', ofGroup) && a.can('submit', ofGroup)).toBe(true);
    const elsewhere = contribution({ workingGroupId: 'group', creditedToGiver: false });
    expect(
      a.can('create', elsewhere) ||
        a.can('update', elsewhere) ||
        a.can('delete', elsewhere) ||
        a.can('submit', elsewhere),
    ).toBe(false);
    expect(a.can('read', elsewhere) && a.can('read', contribution({ workingGroupId: 'group', type: 'room' }))).toBe(
      true,
    );
    expect(a.can('create', contribution({ workingGroupId: 'group', type: 'room' }))).toBe(false);
    expect(a.can('create', contribution({ workingGroupId: 'elsewhere' }))).toBe(false);
    expect(a.can('validate', ofGroup)).toBe(false);
  });

  it('contractor and volunteer: their own hours as drafts, for no organisation or one they belong to, valued by the rate table; nothing else, not even validated contributions of others', () => {
    for (const role of ['contractor', 'volunteer'] as const) {
      const a = defineAbilityFor(user([role]));
      const mine = contribution({ personId: 'me' });
      expect(a.can('create', mine) && a.can('update', mine) && a.can('read', mine)).toBe(true);
      expect(a.can('submit', mine)).toBe(false);
      // Nobody else's organisation, and no value of their own: the rate table values their time.
      const credited = contribution({ personId: 'me', creditedToGiver: false });
      expect(a.can('create', credited) || a.can('update', credited)).toBe(false);
      expect(a.can('create', contribution({ personId: 'me', amountCents: 500000 }))).toBe(false);
      expect(a.can('delete', credited)).toBe(true);
      expect(a.can('create', contribution({ personId: 'me', type: 'room' }))).toBe(false);
      expect(a.can('read', contribution({ status: 'validated' }))).toBe(false);
      expect(a.can('read', 'InKindAccount')).toBe(false);
    }
  });

  it('comms: reads validated contributions only', () => {
    const a = defineAbilityFor(user(['comms']));
    expect(a.can('read', contribution({ status: 'validated' }))).toBe(true);
    expect(a.can('read', contribution({ status: 'submitted' })) || a.can('create', 'Contribution')).toBe(false);
  });
});
