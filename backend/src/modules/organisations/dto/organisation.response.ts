import { EnumOf, ReadAs } from '../../../common/contract';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../../people/people.service';
import {
  MEMBERSHIP_STATUSES,
  ORGANISATION_KINDS,
  type MembershipStatus,
  type OrganisationKind,
} from '../organisation.entity';

@ReadAs('Organisation')
export class OrganisationResponse {
  id: string;
  name: string;
  @EnumOf(ORGANISATION_KINDS, 'OrganisationKind') kind: OrganisationKind;
  @EnumOf(MEMBERSHIP_STATUSES, 'MembershipStatus') membershipStatus: MembershipStatus;
  /** Calendar days, YYYY-MM-DD. */
  candidateSince: string | null;
  memberSince: string | null;
  formerSince: string | null;
  charterSignedOn: string | null;
  hasCopilSeat: boolean;
  territory: string | null;
  siren: string | null;
  rna: string | null;
  postcode: string | null;
  website: string | null;
  /** The organisation's own public contact, not a person's. */
  contactEmail: string | null;
  contactPhone: string | null;
  description: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A person of the organisation, as a card of the people directory: only those the reader may read, with the fields they
 * may see.
 */
@ReadAs<OrganisationPersonResponse>('Person', { conditions: (p) => ({ id: p.personId }) })
export class OrganisationPersonResponse {
  membershipId: string;
  personId: string;
  firstName: string;
  lastName: string;
  email?: string | null;
  @EnumOf(MEMBERSHIP_ROLES, 'MembershipRole') role: MembershipRole;
}

export class OrganisationDetailResponse extends OrganisationResponse {
  people: OrganisationPersonResponse[];
}
