import { EnumOf, ReadAs } from '../../../common/contract';
import {
  PRIVACY_REQUEST_KINDS,
  PRIVACY_REQUEST_STATUSES,
  type PrivacyRequestKind,
  type PrivacyRequestStatus,
} from '../privacy-request.entity';

@ReadAs('PrivacyRequest')
export class PrivacyRequestResponse {
  id: string;
  personId: string;
  /** The person's name as it is now: the pseudonym once erased. */
  personName: string;
  @EnumOf(PRIVACY_REQUEST_KINDS, 'PrivacyRequestKind') kind: PrivacyRequestKind;
  receivedAt: Date;
  /** `YYYY-MM-DD`, one month after receipt (Paris). */
  deadline: string;
  /** Still pending after its deadline. */
  overdue: boolean;
  @EnumOf(PRIVACY_REQUEST_STATUSES, 'PrivacyRequestStatus') status: PrivacyRequestStatus;
  handledById: string | null;
  handledByName: string | null;
  handledAt: Date | null;
}
