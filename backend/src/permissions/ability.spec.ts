import type { AuthUser } from './auth-user';
import { defineAbilityFor, type Action, type Subject } from './ability';
import { subject } from '@casl/ability';

const user = (roles: AuthUser['roles'], extra: Partial<AuthUser> = {}): AuthUser => ({
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
  ...extra,
});
// Subjects tagged by name, as the entities' class names would tag them.
const org = (id: string) => subject('Organisation', { id });
const person = (id: string) => subject('Person', { id });

describe('the ability definition, role by role', () => {
  it('anonymous: nothing', () => {
    const a = defineAbilityFor(null);
    expect(a.can('read', 'Organisation')).toBe(false);
    expect(a.rules).toEqual([]);
  });

  it('admin: everything', () => {
    const a = defineAbilityFor(user(['admin']));
    for (const [action, subject] of [
      ['manage', 'all'],
      ['update', 'Account'],
      ['verify', 'AuditEntry'],
    ] as [Action, Subject][]) {
      expect(a.can(action, subject)).toBe(true);
    }
  });

  it('coordinator: organisations and people, reads accounts and audit, invites, cannot change roles', () => {
    const a = defineAbilityFor(user(['coordinator']));
    expect(a.can('create', 'Organisation') && a.can('archive', org('any')) && a.can('update', person('any'))).toBe(
      true,
    );
    expect(a.can('read', 'AuditEntry') && a.can('invite', 'Account')).toBe(true);
    expect(a.can('update', 'Account') || a.can('verify', 'AuditEntry')).toBe(false);
  });

  it('copil: edits only their own organisations, reads people', () => {
    const a = defineAbilityFor(user(['copil']));
    expect(a.can('update', org('own'))).toBe(true);
    expect(a.can('update', org('other'))).toBe(false);
    expect(a.can('create', 'Organisation') || a.can('archive', org('own'))).toBe(false);
    expect(a.can('read', person('someone'))).toBe(true);
    expect(a.can('update', person('someone'))).toBe(false);
  });

  it.each([['comms'], ['wg_lead']] as const)(
    '%s: reads the directory and people, edits only their own card',
    (role) => {
      const a = defineAbilityFor(user([role]));
      expect(a.can('read', person('someone')) && a.can('read', org('x'))).toBe(true);
      expect(a.can('update', org('own')) || a.can('update', person('someone')) || a.can('read', 'AuditEntry')).toBe(
        false,
      );
      expect(a.can('update', person('me'))).toBe(true);
    },
  );

  it.each([['contractor'], ['volunteer']] as const)('%s: the directory and their own card only', (role) => {
    const a = defineAbilityFor(user([role]));
    expect(a.can('read', org('x'))).toBe(true);
    expect(a.can('read', person('me')) && a.can('update', person('me'))).toBe(true);
    expect(a.can('read', person('someone')) || a.can('read', 'Account') || a.can('update', org('own'))).toBe(false);
  });

  it('several roles add up', () => {
    const a = defineAbilityFor(user(['volunteer', 'copil']));
    expect(a.can('read', person('someone')) && a.can('update', org('own'))).toBe(true);
  });
});
