import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFound, ValidationFailed } from '../../common/errors';
import { RateLimitService } from '../../common/rate-limit.service';
import type { RequestContext } from '../../common/request-context';
import { AppConfig } from '../../config/app-config';
import { MailService } from '../../mail/mail.service';
import { PeopleService } from '../people/people.service';
import type { Person } from '../people/person.entity';
import { SIGNUP_MAX_PER_HOUR } from '../working-groups/signup.service';
import type { CancelledResponse, PublicEventResponse } from './dto/event.response';
import type { PublicRegistrationDto } from './dto/registration.dto';
import { EventRegistration } from './event-registration.entity';
import { EventError } from './events.errors';
import { enqueueRegistrationMail } from './registration-mail';
import { TrainingEvent } from './training-event.entity';
import { promotions, statusOnArrival } from './waiting-list';

/**
 * Registration from the public page, cancellation from the link in the mails, and the waiting list between them.
 * Every change of an event's registrations runs with the event's row locked (SELECT … FOR UPDATE): registrations
 * arriving together are counted one after the other, so N people for M places give exactly M confirmed.
 */
@Injectable()
export class RegistrationsService {
  private readonly logger = new Logger('EventRegistrations');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rateLimit: RateLimitService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly people: PeopleService,
  ) {}

  /** The public page of an event open for registration (and not started): 404 otherwise, whatever exists. */
  async publicEvent(id: string): Promise<PublicEventResponse> {
    const event = await this.openEvent(this.db.manager, id);
    const confirmed = await this.db.getRepository(EventRegistration).countBy({ eventId: id, status: 'confirmed' });
    return {
      id: event.id,
      title: event.title,
      kind: event.kind,
      mode: event.mode,
      audience: event.audience,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      place: event.place,
      trainer: event.trainer,
      description: event.description,
      placesLeft: Math.max(0, event.capacity - confirmed),
    };
  }

  /**
   * Spam-protected as the volunteer sign-up is (same hourly limit per address, same honeypot), and answered the same
   * whatever happened (new person, known one, already registered): the mail tells the person where they stand.
   */
  async register(ctx: RequestContext, id: string, dto: PublicRegistrationDto): Promise<void> {
    await this.rateLimit.hit(`event-registration:ip:${ctx.ip}`, SIGNUP_MAX_PER_HOUR, 60);
    if (dto.website) {
      this.logger.warn(`registration dropped: honeypot filled (from ${ctx.ip})`);
      return;
    }
    await this.db.transaction(async (em) => {
      const event = await this.openEvent(em, id, true);
      const person = await this.people.findOrCreateByEmail(em, dto);
      const existing = await em.findOne(EventRegistration, { where: { eventId: id, personId: person.id } });
      if (existing && existing.status !== 'cancelled') return;
      const confirmed = await em.countBy(EventRegistration, { eventId: id, status: 'confirmed' });
      const registration = await em.save(
        Object.assign(existing ?? em.create(EventRegistration, { eventId: id, personId: person.id }), {
          status: statusOnArrival(event.capacity, confirmed),
          cancelToken: randomBytes(24).toString('base64url'),
          locale: ctx.locale,
          registeredAt: new Date(),
          cancelledAt: null,
        }),
      );
      await enqueueRegistrationMail(this.mail, em, this.config.APP_URL, {
        kind: registration.status === 'confirmed' ? 'confirmed' : 'waiting',
        event,
        registration,
        to: { firstName: person.firstName, email: dto.email },
      });
    });
  }

  /** The link in the mails: the place is given up, and the first on the waiting list takes it. */
  async cancel(token: string): Promise<CancelledResponse> {
    return this.db.transaction(async (em) => {
      const found = await em.findOne(EventRegistration, { where: { cancelToken: token } });
      if (!found) throw ValidationFailed.field('token', EventError.CancelLinkInvalid);
      const event = await em.findOneOrFail(TrainingEvent, {
        where: { id: found.eventId },
        lock: { mode: 'pessimistic_write' },
      });
      // Read again under the event's lock: a second click, or a promotion, may have changed it meanwhile.
      const registration = await em.findOneByOrFail(EventRegistration, { id: found.id });
      if (registration.status === 'cancelled' || event.startsAt <= new Date()) {
        throw ValidationFailed.field('token', EventError.CancelLinkInvalid);
      }
      await em.update(EventRegistration, registration.id, { status: 'cancelled', cancelledAt: new Date() });
      await this.promote(em, event);
      return { eventTitle: event.title };
    });
  }

  /**
   * Fills the free places from the waiting list, each promoted person told by mail (with the calendar file). Called
   * with the event's row locked, after a cancellation or when the places grow.
   */
  async promote(em: EntityManager, event: TrainingEvent): Promise<number> {
    const confirmed = await em.countBy(EventRegistration, { eventId: event.id, status: 'confirmed' });
    const waiting = await em.find(EventRegistration, { where: { eventId: event.id, status: 'waiting' } });
    const promoted = promotions(event.capacity, confirmed, waiting);
    for (const registration of promoted) {
      await em.update(EventRegistration, registration.id, { status: 'confirmed' });
      const person = await em.getRepository<Person>('Person').findOneByOrFail({ id: registration.personId });
      if (!person.email) continue;
      await enqueueRegistrationMail(this.mail, em, this.config.APP_URL, {
        kind: 'promoted',
        event,
        registration,
        to: { firstName: person.firstName, email: person.email },
      });
    }
    return promoted.length;
  }

  private async openEvent(em: EntityManager, id: string, lock = false): Promise<TrainingEvent> {
    const event = await em.findOne(TrainingEvent, {
      where: { id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!event) throw new NotFound(EventError.EventNotFound);
    if (!event.registrationOpen || event.startsAt <= new Date()) throw new NotFound(EventError.RegistrationClosed);
    return event;
  }
}
