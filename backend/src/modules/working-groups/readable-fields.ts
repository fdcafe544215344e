import type { TermResponse, WorkingGroupDetailResponse } from './dto/working-group.response';

/**
 * What the ability's field rules let every reader of a group see, pipeline or not: the group's response fields but
 * its volunteer pipeline counts (`pipeline`, `overdue`), which are for those who follow that pipeline. A field added
 * to the response stays hidden from them until it is added here.
 */
export const GROUP_FIELDS_WITHOUT_PIPELINE = [
  'id', 'name', 'mission', 'status', 'mailingList', 'chatChannel', 'meetingRhythm', 'welcomeWithinDays', 'strategyActionIds',
  'createdAt', 'updatedAt', 'roles', 'gaps', 'terms',
] satisfies (keyof WorkingGroupDetailResponse)[];

/** What of a term a reader outside the people directory sees: who holds which role when, not their address. */
export const TERM_FIELDS_WITHOUT_CONTACT = [
  'id', 'groupId', 'personId', 'firstName', 'lastName', 'role', 'startedOn', 'endedOn', 'current',
] satisfies (keyof TermResponse)[];
