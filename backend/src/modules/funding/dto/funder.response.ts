import { EnumOf, ReadAs } from '../../../common/contract';
import { FUNDER_KINDS, GRANT_STATUSES, type FunderKind, type GrantStatus } from '../funding-types';

@ReadAs('Funder')
export class FunderListItemResponse {
  id: string;
  name: string;
  @EnumOf(FUNDER_KINDS, 'FunderKind') kind: FunderKind;
  website: string | null;
  archivedAt: Date | null;
  grantsCount: number;
  /** Granted over all its grants (granted or closed). */
  grantedCents: number;
}

/** Someone to talk to at a funder: the funder's people, read by those who read the funder. */
export class FunderContactResponse {
  id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  position: number;
}

/** A grant of the funder: only those the reader may read. */
@ReadAs('Grant')
export class FunderGrantResponse {
  id: string;
  title: string;
  @EnumOf(GRANT_STATUSES, 'GrantStatus') status: GrantStatus;
  amountRequestedCents: number;
  amountGrantedCents: number | null;
  /** Calendar days, YYYY-MM-DD. */
  startsOn: string | null;
  endsOn: string | null;
}

@ReadAs('Funder')
export class FunderResponse {
  id: string;
  name: string;
  @EnumOf(FUNDER_KINDS, 'FunderKind') kind: FunderKind;
  website: string | null;
  notes: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  contacts: FunderContactResponse[];
  grants: FunderGrantResponse[];
}
