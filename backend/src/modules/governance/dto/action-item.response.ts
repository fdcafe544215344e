import { EnumOf, ReadAs } from '../../../common/contract';
import { ACTION_STATUSES, type ActionStatus } from '../action-item.entity';

@ReadAs('ActionItem')
export class ActionItemResponse {
  id: string;
  title: string;
  details: string | null;
  /** The owner: a person or a working group, one of the two. */
  ownerPersonId: string | null;
  ownerName: string | null;
  ownerGroupId: string | null;
  /** The owner's organisations: what a COPIL member's right to change the action depends on (see the ability). */
  ownerOrganisationIds: string[];
  /** A calendar day, YYYY-MM-DD. */
  dueOn: string;
  @EnumOf(ACTION_STATUSES, 'ActionStatus') status: ActionStatus;
  /** Still to do and past its due date (in Paris). */
  overdue: boolean;
  completedAt: Date | null;
  meetingId: string | null;
  meetingTitle: string | null;
  decisionId: string | null;
  /** Null when the reader may not read the decision. */
  decisionNumber: number | null;
  decisionTitle: string | null;
  createdAt: Date;
  updatedAt: Date;
}
