import type { AuthUser } from '../../permissions/auth-user';
import { defineAbilityFor } from '../../permissions/ability';
import { Funder } from './funder.entity';
import { Grant } from './grant.entity';

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
const grant = Object.assign(new Grant(), { id: 'g', funderId: 'f' });
const funder = Object.assign(new Funder(), { id: 'f' });

describe('who may do what with funding', () => {
  it.each([['admin'], ['coordinator']] as const)(
    '%s manages funders and grants, reads the dashboard, writes funder reports',
    (role) => {
      const a = defineAbilityFor(user([role]));
      expect(
        a.can('create', 'Grant') &&
          a.can('update', grant) &&
          a.can('archive', funder) &&
          a.can('read', 'FundingDashboard') &&
          a.can('read', 'FunderReport') &&
          a.can('update', 'FunderReport'),
      ).toBe(true);
    },
  );

  it('copil reads funders and grants, changes nothing, and has no dashboard', () => {
    const a = defineAbilityFor(user(['copil']));
    expect(a.can('read', grant) && a.can('read', funder)).toBe(true);
    expect(
      a.can('update', grant) ||
        a.can('create', 'Grant') ||
        a.can('update', funder) ||
        a.can('read', 'FundingDashboard') ||
        a.can('read', 'FunderReport') ||
        a.can('update', 'FunderReport'),
    ).toBe(false);
  });

  it.each([['comms'], ['wg_lead'], ['contractor'], ['volunteer']] as const)('%s sees none of it', (role) => {
    const a = defineAbilityFor(user([role]));
    expect(
      a.can('read', grant) ||
        a.can('read', funder) ||
        a.can('read', 'FundingDashboard') ||
        a.can('read', 'FunderReport'),
    ).toBe(false);
  });
});
