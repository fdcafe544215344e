import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { MailService } from '../../mail/mail.service';
import type { MeetingInvitationsResponse } from './dto/meeting.response';
import { MeetingAgendaItem } from './meeting-agenda-item.entity';
import { meetingCalendar } from './meeting-calendar';
import { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { LOCALES } from '../../auth/dto/auth.response';

/** The invitation of a meeting's attendees: an email with the agenda, and the meeting as an .ics file. */
@Injectable()
export class MeetingInvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** The .ics of a meeting the caller may read ("add to my calendar"). */
  async calendar(ctx: RequestContext, id: string): Promise<string> {
    const meeting = await this.meetings.findAllowed(ctx, id, 'read');
    return this.ics(meeting);
  }

  /**
   * Emails every attendee who has an address (through the outbox); the others are named in the answer so someone can
   * tell them. Each
   * sending raises the calendar SEQUENCE, so an updated invitation replaces the event already in calendars.
   */
  async send(ctx: SignedInContext, id: string): Promise<MeetingInvitationsResponse> {
    const meeting = await this.db.transaction(async (em) => {
      const m = await this.meetings.findAllowed(ctx, id, 'update', em);
      m.invitationSequence += 1;
      m.invitationSentAt = new Date();
      await em.update(Meeting, id, { invitationSequence: m.invitationSequence, invitationSentAt: m.invitationSentAt });
      await this.audit.record(em, ctx, {
        action: 'invite',
        entityType: 'Meeting',
        entityId: id,
        after: { sequence: m.invitationSequence },
      });
      return m;
    });
    const recipients = await many(
      this.db,
      sql`SELECT p.first_name AS "firstName", p.last_name AS "lastName", p.email, coalesce(acc.locale, 'fr') AS locale
       FROM meeting_attendees a JOIN people p ON p.id = a.person_id LEFT JOIN accounts acc ON acc.person_id = p.id
       WHERE a.meeting_id = ${id} ORDER BY p.last_name, p.first_name`,
      { firstName: col.text, lastName: col.text, email: col.text.nullable, locale: col.oneOf(LOCALES) },
    );
    const agenda = (
      await this.db.getRepository(MeetingAgendaItem).find({ where: { meetingId: id }, order: { position: 'ASC' } })
    ).map((a) => a.title);
    const ics = await this.ics(meeting, agenda);
    const organiserName = `${ctx.user.firstName} ${ctx.user.lastName}`;
    const withEmail = recipients.filter((r) => r.email);
    // Queued all together (outbox): the relay down delays the invitations, never sends half of them.
    await this.db.transaction(async (em) => {
      for (const r of withEmail) {
        await this.mail.enqueue(em, {
          to: r.email!,
          template: 'meeting-invitation',
          locale: r.locale,
          vars: {
            firstName: r.firstName,
            organiserName,
            meetingTitle: meeting.title,
            kind: meeting.kind,
            startsAt: meeting.startsAt,
            endsAt: meeting.endsAt,
            place: meeting.place,
            videoLink: meeting.videoLink,
            agenda,
            meetingUrl: this.url(id),
          },
          attachments: [
            { filename: 'invitation.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
          ],
        });
      }
    });
    const sent = withEmail.length;
    return { sent, withoutEmail: recipients.filter((r) => !r.email).map((r) => `${r.firstName} ${r.lastName}`) };
  }

  private async ics(meeting: Meeting, agenda?: string[]): Promise<string> {
    const titles =
      agenda ??
      (
        await this.db
          .getRepository(MeetingAgendaItem)
          .find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } })
      ).map((a) => a.title);
    return meetingCalendar({
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      videoLink: meeting.videoLink,
      agenda: titles,
      sequence: meeting.invitationSequence,
      url: this.url(meeting.id),
    });
  }

  private url(id: string): string {
    return `${this.config.APP_URL}/meetings/${id}`;
  }
}
