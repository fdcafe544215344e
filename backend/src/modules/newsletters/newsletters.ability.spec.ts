import { subject } from '@casl/ability';
import type { AuthUser } from '../../permissions/auth-user';
import { defineAbilityFor } from '../../permissions/ability';

const user = (roles: AuthUser['roles']): AuthUser => ({
  id: 'me',
  personId: 'p',
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
});
const issue = (status: string) => subject('NewsletterIssue', { status });
const proposal = (proposedById: string) => subject('NewsletterProposal', { proposedById });

describe('newsletter permissions, role by role', () => {
  it.each([['comms'], ['coordinator'], ['admin']] as const)(
    '%s: composes, sends, keeps lists and subscribers, decides on proposals',
    (role) => {
      const a = defineAbilityFor(user([role]));
      expect(a.can('update', issue('draft')) && a.can('send', issue('draft')) && a.can('read', issue('draft'))).toBe(
        true,
      );
      expect(
        a.can('create', 'Subscriber') && a.can('archive', 'NewsletterList') && a.can('update', proposal('someone')),
      ).toBe(true);
    },
  );

  it.each([['copil'], ['wg_lead'], ['volunteer'], ['contractor']] as const)(
    '%s: reads sent issues only, sends nothing, sees no subscriber',
    (role) => {
      const a = defineAbilityFor(user([role]));
      expect(a.can('read', issue('sent'))).toBe(true);
      expect(a.can('read', issue('draft')) || a.can('update', issue('draft')) || a.can('send', issue('draft'))).toBe(
        false,
      );
      expect(a.can('read', 'Subscriber') || a.can('read', 'NewsletterList')).toBe(false);
    },
  );

  it.each([['copil'], ['wg_lead']] as const)('%s: proposes items and follows their own proposals', (role) => {
    const a = defineAbilityFor(user([role]));
    expect(a.can('create', 'NewsletterProposal') && a.can('read', proposal('me'))).toBe(true);
    expect(a.can('read', proposal('someone else')) || a.can('update', proposal('me'))).toBe(false);
  });

  it('volunteers and contractors propose nothing', () => {
    expect(defineAbilityFor(user(['volunteer', 'contractor'])).can('create', 'NewsletterProposal')).toBe(false);
  });
});
