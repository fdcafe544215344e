import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationFailed } from '../../common/errors';
import { RateLimitService } from '../../common/rate-limit.service';
import type { RequestContext } from '../../common/request-context';
import { AppConfig } from '../../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import { MailService } from '../../mail/mail.service';
import { PeopleService } from '../people/people.service';
import { CONSENT_TEXTS, CURRENT_CONSENT_VERSION } from './consent';
import type { VolunteerSignupDto } from './dto/signup.dto';
import type { SignupFormResponse } from './dto/volunteer.response';
import { VolunteerConsent } from './volunteer-consent.entity';
import { VolunteersService } from './volunteers.service';
import { welcomeContacts } from './welcome-contacts';
import { WorkingGroup } from './working-group.entity';
import { WorkingGroupError } from './working-groups.errors';

/** Sign-ups per address per hour: enough for a family on one connection, too few for a bot. */
export const SIGNUP_MAX_PER_HOUR = 5;

@Injectable()
export class SignupService {
  private readonly logger = new Logger('VolunteerSignup');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rateLimit: RateLimitService,
    private readonly volunteers: VolunteersService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly people: PeopleService,
  ) {}

  /**
   * What the public form shows: the groups that welcome volunteers now, and the consent text in the visitor's language.
   */
  async form(ctx: RequestContext): Promise<SignupFormResponse> {
    const groups = await this.db
      .getRepository(WorkingGroup)
      .find({ where: { status: 'active' }, order: { name: 'ASC' }, select: { id: true, name: true, mission: true } });
    return {
      groups,
      consent: { version: CURRENT_CONSENT_VERSION, text: CONSENT_TEXTS[CURRENT_CONSENT_VERSION][ctx.locale] },
    };
  }

  /**
   * A visitor offers to join a group. The answer is the same whether the address was known or not (no way to learn
   * who is in the network), and a known person's name and profile are left as they were. A filled honeypot is
   * dropped without a word; too many tries from one address get a 429.
   */
  async signup(ctx: RequestContext, dto: VolunteerSignupDto): Promise<void> {
    await this.rateLimit.hit(`volunteer-signup:ip:${ctx.ip}`, SIGNUP_MAX_PER_HOUR, 60);
    if (dto.website) {
      this.logger.warn(`sign-up dropped: honeypot filled (from ${ctx.ip})`);
      return;
    }
    if (dto.consent !== true) {
      throw ValidationFailed.field('consent', WorkingGroupError.ConsentNeededGroupContact);
    }
    if (dto.consentVersion !== CURRENT_CONSENT_VERSION) {
      throw ValidationFailed.field('consentVersion', WorkingGroupError.ConsentTextHasChangedReload);
    }
    const group = await this.db.getRepository(WorkingGroup).findOne({ where: { id: dto.groupId } });
    if (group?.status !== 'active') {
      throw ValidationFailed.field('groupId', WorkingGroupError.GroupNotTakingVolunteersMoment);
    }

    await this.db.transaction(async (em) => {
      const person = await this.people.findOrCreateByEmail(em, dto);
      const offer = {
        skills: dto.skills,
        hoursPerMonth: dto.hoursPerMonth,
        availableDays: dto.availableDays,
        territory: dto.territory,
        heardFrom: dto.heardFrom,
        heardFromDetail: dto.heardFromDetail,
      };
      const { opened } = await this.volunteers.enter(em, ctx, {
        groupId: group.id,
        personId: person.id,
        message: dto.message ?? null,
        source: 'signup_form',
        offer,
        locale: ctx.locale,
      });
      await em.insert(VolunteerConsent, {
        personId: person.id,
        groupId: group.id,
        version: CURRENT_CONSENT_VERSION,
        locale: ctx.locale,
        text: CONSENT_TEXTS[CURRENT_CONSENT_VERSION][ctx.locale],
        givenAt: new Date(),
        ip: ctx.ip,
      });
      // Already in the group's pipeline: a second submission tells the welcome person nothing new.
      if (opened) await this.notify(em, group, dto);
    });
  }

  /**
   * Through the outbox, with the sign-up: a mail server that fails delays the notice but never loses the sign-up, and
   * the answer does not wait for it (nor tells by its time whether the person was new).
   */
  private async notify(em: EntityManager, group: WorkingGroup, dto: VolunteerSignupDto): Promise<void> {
    const contacts = await welcomeContacts(em, group.id);
    if (contacts.length === 0 && this.config.COORDINATOR_EMAIL)
      contacts.push({ personId: null, firstName: 'Coordination', email: this.config.COORDINATOR_EMAIL, locale: 'fr' });
    for (const c of contacts) {
      await this.mail.enqueue(em, {
        to: c.email,
        template: 'volunteer-signup',
        locale: c.locale,
        vars: {
          firstName: c.firstName,
          groupName: group.name,
          volunteerName: `${dto.firstName} ${dto.lastName}`,
          volunteerEmail: dto.email,
          message: dto.message ?? '—',
          groupUrl: `${this.config.APP_URL}/working-groups/${group.id}`,
        },
      });
    }
    await this.notifications.notify(em, null, {
      kind: 'volunteer_signup',
      to: { people: contacts.map((c) => c.personId) },
      params: { subject: group.name, actor: `${dto.firstName} ${dto.lastName}` },
      link: `/working-groups/${group.id}`,
      mailedAlready: true,
    });
  }
}
