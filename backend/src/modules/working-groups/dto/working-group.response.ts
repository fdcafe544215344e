import { EnumOf, ReadAs } from '../../../common/contract';
import { MEMBER_ROLES, type MemberRole } from '../group-member.entity';
import { GROUP_STATUSES, type GroupStatus } from '../working-group.entity';
import { ROLE_GAPS, type RoleGap } from '../terms';

/** How many people hold each role today. */
export class RoleCountsResponse {
  referent: number;
  facilitator: number;
  welcomer: number;
  member: number;
}

/** How many volunteers stand at each stage of the group's pipeline. */
export class PipelineCountsResponse {
  new: number;
  welcomed: number;
  active: number;
  paused: number;
  left: number;
}

/**
 * A group with what it lacks. Its pipeline counts are for those who follow it: the ability gives them to the
 * network's staff and COPIL, and to the group's own leads and welcome people; not to a contractor or a volunteer.
 */
@ReadAs('WorkingGroup')
export class WorkingGroupResponse {
  id: string;
  name: string;
  mission: string | null;
  @EnumOf(GROUP_STATUSES, 'GroupStatus') status: GroupStatus;
  mailingList: string | null;
  chatChannel: string | null;
  meetingRhythm: string | null;
  welcomeWithinDays: number;
  strategyActionIds: string[];
  createdAt: Date;
  updatedAt: Date;
  roles: RoleCountsResponse;
  @EnumOf(ROLE_GAPS, 'RoleGap', { isArray: true }) gaps: RoleGap[];
  pipeline?: PipelineCountsResponse;
  /** Volunteers waiting for a welcome longer than the group allows. */
  overdue?: number;
}

/** One term of a role in a group; the person's address only for those the ability lets read it. */
@ReadAs('GroupMember')
export class TermResponse {
  id: string;
  groupId: string;
  personId: string;
  firstName: string;
  lastName: string;
  email?: string | null;
  @EnumOf(MEMBER_ROLES, 'MemberRole') role: MemberRole;
  /** Calendar days, YYYY-MM-DD; the end day is the term's last day. */
  startedOn: string;
  endedOn: string | null;
  current: boolean;
}

@ReadAs('WorkingGroup')
export class WorkingGroupDetailResponse extends WorkingGroupResponse {
  terms: TermResponse[];
}
