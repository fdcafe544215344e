import { EnumOf, ReadAs } from '../../../common/contract';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../membership.entity';

export class PersonMembershipResponse {
  id: string;
  organisationId: string;
  organisationName: string;
  @EnumOf(MEMBERSHIP_ROLES, 'MembershipRole') role: MembershipRole;
}

@ReadAs('Person')
export class PersonResponse {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  hasAccount: boolean;
  archivedAt: Date | null;
  createdAt: Date;
  memberships: PersonMembershipResponse[];
}
