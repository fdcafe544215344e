import { subject } from '@casl/ability';
import type { AuthUser } from '../../permissions/auth-user';
import { defineAbilityFor } from '../../permissions/ability';
import { Split, type SplitStatus } from './split.entity';

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
const split = (status: SplitStatus) => Object.assign(new Split(), { id: 's', status });
const line = (organisationId: string) => subject('SplitLine', { organisationId });
const payment = (organisationId: string) => subject('SplitPayment', { organisationId });

describe('fund splits in the ability definition', () => {
  it('coordinator: simulates, approves and pays; reads every line, payment and ledger entry', () => {
    const a = defineAbilityFor(user(['coordinator']));
    for (const action of ['create', 'read', 'update', 'delete', 'approve', 'pay'] as const)
      expect(a.can(action, split('draft'))).toBe(true);
    expect(a.can('read', line('any')) && a.can('read', payment('any')) && a.can('read', 'SplitLedgerEntry')).toBe(true);
  });

  it('copil: reads approved and settled splits only, and in them only their own organisation', () => {
    const a = defineAbilityFor(user(['copil']));
    expect(a.can('read', split('approved')) && a.can('read', split('settled'))).toBe(true);
    expect(a.can('read', split('draft'))).toBe(false);
    expect(a.can('read', line('own')) && a.can('read', payment('own'))).toBe(true);
    expect(a.can('read', line('other')) || a.can('read', payment('other'))).toBe(false);
    for (const action of ['create', 'update', 'delete', 'approve', 'pay'] as const)
      expect(a.can(action, split('approved'))).toBe(false);
  });

  it.each([['comms'], ['wg_lead'], ['contractor'], ['volunteer']] as const)('%s: nothing about splits', (role) => {
    const a = defineAbilityFor(user([role]));
    for (const s of ['Split', 'SplitLine', 'SplitPayment', 'SplitLedgerEntry'] as const)
      expect(a.can('read', s)).toBe(false);
  });
});
