import { EnumOf, ReadAs } from '../../../common/contract';
import { CONSENT_ACTIONS, type ConsentAction } from '../consent-event.entity';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../delivery.entity';
import { SUBSCRIBER_LOCALES, SUBSCRIBER_STATUSES, type SubscriberStatus } from '../subscriber.entity';
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from '../subscription.entity';

export class SubscriberListResponse {
  listId: string;
  name: string;
  @EnumOf(SUBSCRIPTION_STATUSES, 'SubscriptionStatus') status: SubscriptionStatus;
}

@ReadAs('Subscriber')
export class SubscriberResponse {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  @EnumOf(SUBSCRIBER_LOCALES, 'Locale') locale: 'fr' | 'en';
  @EnumOf(SUBSCRIBER_STATUSES, 'SubscriberStatus') status: SubscriberStatus;
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
  bouncedAt: Date | null;
  /** Why the status changed when it was not the person's own doing. */
  statusReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  lists: SubscriberListResponse[];
}

/** One event of the proof of consent, as it happened. */
export class ConsentEventResponse {
  id: string;
  listId: string | null;
  @EnumOf(CONSENT_ACTIONS, 'ConsentAction') action: ConsentAction;
  at: Date;
  /** The page of the form, the import's description, "one-click"… */
  source: string;
  textVersion: string | null;
  ip: string | null;
  userAgent: string | null;
  /** The staff account, when the change was made in the backoffice. */
  actorId: string | null;
}

/** A subscriber with the proof of their consent: `consent` only for the roles the ability gives it to. */
@ReadAs('Subscriber')
/** One issue as one subscriber got it (or not). */
export class SubscriberDeliveryResponse {
  id: string;
  issueId: string;
  issueNumber: number;
  issueTitle: string;
  @EnumOf(DELIVERY_STATUSES, 'DeliveryStatus') status: DeliveryStatus;
  attempts: number;
  /** When it was sent, else handed to the relay, else when the issue started going out. */
  at: Date | null;
  /** The SMTP server's last answer. */
  smtpResponse: string | null;
}

export class SubscriberDetailResponse extends SubscriberResponse {
  consent?: ConsentEventResponse[];
  /** The last 100 issues sent to them, newest first. */
  deliveries?: SubscriberDeliveryResponse[];
}

export class PublicListResponse {
  id: string;
  name: string;
  description: string | null;
}

export class ConsentTextResponse {
  fr: string;
  en: string;
}

/** What the public subscribe form shows. */
export class PublicFormResponse {
  lists: PublicListResponse[];
  consentTextVersion: string;
  consentText: ConsentTextResponse;
}

export class ConfirmedResponse {
  email: string;
  /** The names of the lists confirmed. */
  lists: string[];
}

/** What the unsubscribe page shows before the person confirms: the address masked. */
export class UnsubscribeInfoResponse {
  /** Enough to recognise one's address (`c•••@example.org`), not to harvest it: whoever holds a link sees it. */
  maskedEmail: string;
  list: string;
  subscribed: boolean;
  @EnumOf(SUBSCRIBER_LOCALES, 'Locale') locale: 'fr' | 'en';
}

export class UnsubscribedResponse {
  /** The list the link came through. */
  list: string;
  /** How many lists the person left. */
  lists: number;
}
