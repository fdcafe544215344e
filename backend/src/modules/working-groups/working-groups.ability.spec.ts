import type { AuthUser } from '../../permissions/auth-user';
import { defineAbilityFor } from '../../permissions/ability';
import { GroupMember } from './group-member.entity';
import { GroupVolunteer } from './group-volunteer.entity';
import { VolunteerProfile } from './volunteer-profile.entity';
import { WorkingGroup } from './working-group.entity';

const user = (roles: AuthUser['roles'], extra: Partial<AuthUser> = {}): AuthUser => ({
  id: 'acc',
  personId: 'me',
  email: 'x@y.z',
  firstName: 'X',
  lastName: 'Y',
  roles,
  organisationIds: [],
  groupIds: [],
  welcomeGroupIds: [],
  memberGroupIds: [],
  locale: 'fr',
  sessionId: 's',
  ...extra,
});
const group = (id: string) => Object.assign(new WorkingGroup(), { id });
const term = (groupId: string) => Object.assign(new GroupMember(), { groupId, personId: 'someone' });
const entry = (groupId: string, personId = 'someone') => Object.assign(new GroupVolunteer(), { groupId, personId });
const profile = (personId: string) => Object.assign(new VolunteerProfile(), { personId });

describe('working groups and volunteers, role by role', () => {
  it('wg_lead: manages the members and volunteers of the groups they lead, reads the others without their volunteers', () => {
    const a = defineAbilityFor(user(['wg_lead'], { groupIds: ['tech'] }));
    expect(a.can('update', group('tech')) && a.can('create', term('tech')) && a.can('update', term('tech'))).toBe(true);
    expect(a.can('update', entry('tech')) && a.can('log_time', entry('tech'))).toBe(true);
    expect(a.can('read', group('sources')) && a.can('read', term('sources'))).toBe(true);
    expect(
      a.can('update', group('sources')) || a.can('create', term('sources')) || a.can('read', entry('sources')),
    ).toBe(false);
    expect(a.can('create', 'WorkingGroup')).toBe(false);
  });

  it('a wg_lead role without a current referent term leads nothing', () => {
    const a = defineAbilityFor(user(['wg_lead']));
    expect(a.can('update', group('tech')) || a.can('create', term('tech')) || a.can('read', entry('tech'))).toBe(false);
  });

  it('the welcome person of a group moves its volunteers along, and nothing else', () => {
    const a = defineAbilityFor(user(['volunteer'], { welcomeGroupIds: ['com'], memberGroupIds: ['com'] }));
    expect(a.can('read', entry('com')) && a.can('update', entry('com'))).toBe(true);
    expect(
      a.can('create', term('com')) ||
        a.can('update', group('com')) ||
        a.can('log_time', entry('com')) ||
        a.can('read', entry('tech')),
    ).toBe(false);
  });

  it('coordinator: every group, member and volunteer', () => {
    const a = defineAbilityFor(user(['coordinator']));
    expect(a.can('create', 'WorkingGroup') && a.can('update', group('any')) && a.can('create', term('any'))).toBe(true);
    expect(a.can('update', entry('any')) && a.can('log_time', entry('any')) && a.can('update', profile('any'))).toBe(
      true,
    );
  });

  it.each([['copil'], ['comms'], ['contractor']] as const)(
    '%s: reads every group and its members, not the volunteers',
    (role) => {
      const a = defineAbilityFor(user([role]));
      expect(a.can('read', group('any')) && a.can('read', term('any'))).toBe(true);
      expect(
        a.can('update', group('any')) ||
          a.can('create', term('any')) ||
          a.can('read', entry('any')) ||
          a.can('read', profile('any')),
      ).toBe(false);
    },
  );

  it('volunteer: their own groups, their own profile and pipeline places, and their own time', () => {
    const a = defineAbilityFor(user(['volunteer'], { memberGroupIds: ['sources'] }));
    expect(a.can('read', group('sources')) && a.can('read', term('sources'))).toBe(true);
    expect(a.can('read', group('tech')) || a.can('read', term('tech'))).toBe(false);
    expect(
      a.can('read', profile('me')) &&
        a.can('update', profile('me')) &&
        a.can('read', entry('sources', 'me')) &&
        a.can('log_time', entry('sources', 'me')),
    ).toBe(true);
    expect(
      a.can('update', entry('sources', 'me')) || a.can('read', profile('someone')) || a.can('read', entry('sources')),
    ).toBe(false);
  });

  describe('what of a group and its terms each reader sees (field rules)', () => {
    type Ability = ReturnType<typeof defineAbilityFor>;
    const pipelineOf = (a: Ability, id: string) =>
      a.can('read', group(id), 'pipeline') || a.can('read', group(id), 'overdue');
    const addressOf = (a: Ability, t: GroupMember) => a.can('read', t, 'email');

    it.each([['copil'], ['comms'], ['wg_lead'], ['coordinator']] as const)(
      '%s: every group with its pipeline counts, every term with the address',
      (role) => {
        const a = defineAbilityFor(user([role]));
        expect(pipelineOf(a, 'any') && addressOf(a, term('any'))).toBe(true);
      },
    );

    it('contractor: every group without its pipeline counts, every term without the address (their own keeps it)', () => {
      const a = defineAbilityFor(user(['contractor'], { memberGroupIds: ['tech'] }));
      expect(
        a.can('read', group('any'), 'name') &&
          a.can('read', group('any'), 'terms') &&
          a.can('read', term('any'), 'lastName'),
      ).toBe(true);
      expect(
        pipelineOf(a, 'any') || pipelineOf(a, 'tech') || addressOf(a, term('any')) || addressOf(a, term('tech')),
      ).toBe(false);
      expect(addressOf(a, Object.assign(term('tech'), { personId: 'me' }))).toBe(true);
    });

    it("volunteer: the pipeline counts of the groups they lead or welcome for only; others' addresses never", () => {
      const a = defineAbilityFor(
        user(['volunteer'], { memberGroupIds: ['com', 'sources'], welcomeGroupIds: ['sources'] }),
      );
      expect(pipelineOf(a, 'com') || addressOf(a, term('com')) || addressOf(a, term('sources'))).toBe(false);
      expect(pipelineOf(a, 'sources') && a.can('read', group('com'), 'roles')).toBe(true);
    });
  });
});
