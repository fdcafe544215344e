import { EnumOf } from '../../../common/contract';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../meeting-attendee.entity';
import { MEETING_KINDS, type MeetingKind } from '../meeting.entity';
import { DecisionSummaryResponse } from './decision.response';

/** What a meeting's row in the list and its page share. */
export class MeetingFields {
  id: string;
  @EnumOf(MEETING_KINDS, 'MeetingKind') kind: MeetingKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoLink: string | null;
  workingGroupId: string | null;
}

// Meetings carry no field rule: who reads which meeting is filtered in SQL (the ability's `attendees.personId`).
export class MeetingListItemResponse extends MeetingFields {
  attendeeCount: number;
  presentCount: number;
  decisionCount: number;
}

export class MeetingAgendaItemResponse {
  id: string;
  /** Order on the agenda, from 0. */
  position: number;
  title: string;
  details: string | null;
  durationMinutes: number | null;
}

/** Someone expected at the meeting: a name and the organisation they represent, no contact details. */
export class MeetingAttendeeResponse {
  id: string;
  personId: string;
  firstName: string;
  lastName: string;
  organisationId: string | null;
  organisationName: string | null;
  @EnumOf(ATTENDANCE_STATUSES, 'AttendanceStatus') status: AttendanceStatus;
}

export class MeetingDocumentResponse {
  id: string;
  position: number;
  label: string;
  url: string;
}

export class MeetingResponse extends MeetingFields {
  /** Rich text (sanitised HTML). */
  minutes: string | null;
  invitationSentAt: Date | null;
  agenda: MeetingAgendaItemResponse[];
  attendees: MeetingAttendeeResponse[];
  documents: MeetingDocumentResponse[];
  /** The decisions taken there that the reader may read. */
  decisions: DecisionSummaryResponse[];
  createdAt: Date;
  updatedAt: Date;
}

/** What sending the invitations did. */
export class MeetingInvitationsResponse {
  sent: number;
  /** The names of attendees without an email address, invited by other means. */
  withoutEmail: string[];
}
