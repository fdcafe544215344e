export const ISSUE_STATUSES = ['draft', 'in_review', 'scheduled', 'sending', 'paused', 'sent'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const BLOCK_TYPES = ['editorial', 'article', 'agenda', 'new_members', 'donation', 'free_text'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];
export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed', 'bounced', 'complained'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];
export const DELIVERY_STATUSES = ['queued', 'claimed', 'sending', 'sent', 'failed', 'bounced', 'uncertain', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface AgendaEvent {
  date: string;
  time?: string | null;
  title: string;
  place: string;
  url?: string | null;
}

/** A block as the API stores it (new members as organisation ids). */
export type Block = { id?: string } & (
  | { type: 'editorial' | 'free_text'; title?: string | null; html: string }
  | { type: 'article'; title: string; text: string; imageUrl?: string | null; imageAlt?: string | null; linkUrl?: string | null; linkLabel?: string | null }
  | { type: 'agenda'; title?: string | null; events: AgendaEvent[] }
  | { type: 'new_members'; title?: string | null; intro?: string | null; organisationIds: string[] }
  | { type: 'donation'; title: string; text: string; buttonLabel: string; buttonUrl: string }
);

export interface Issue {
  id: string;
  number: number;
  title: string;
  preheader: string | null;
  locale: 'fr' | 'en';
  status: IssueStatus;
  sendAt: string | null;
  listIds: string[];
  blocks: Block[];
  countOpens: boolean;
  sendingStartedAt: string | null;
  sentAt: string | null;
  updatedAt: string;
}

export interface IssueInput {
  title: string;
  preheader: string | null;
  listIds: string[];
  blocks: Block[];
}

export interface Preview {
  subject: string;
  html: string;
  text: string;
  bytes: number;
}

export interface CheckReport {
  ok: boolean;
  bytes: number;
  problems: { code: string; severity: 'error' | 'warning'; message: string; detail?: string }[];
}

export type SendStats = Record<DeliveryStatus, number> & {
  status: IssueStatus;
  recipients: number;
  unsubscribedSince: number;
  opens: number | null;
  sendingStartedAt: string | null;
  sentAt: string | null;
};

export interface DeliveryRow {
  id: string;
  email: string;
  status: DeliveryStatus;
  attempts: number;
  sentAt: string | null;
  smtpResponse: string | null;
}

export interface Cadence {
  lastNumber: number | null;
  lastSentOn: string | null;
  nextNumber: number;
  nextDueOn: string | null;
  reminderOn: string | null;
  reminderSentAt: string | null;
}

export interface NewsletterList {
  id: string;
  key: string;
  name: string;
  description: string | null;
  isPublic: boolean;
  archivedAt: string | null;
  confirmed: number;
  pending: number;
}

export interface Subscriber {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  locale: 'fr' | 'en';
  status: SubscriberStatus;
  confirmedAt: string | null;
  createdAt: string;
  statusReason: string | null;
  lists: { listId: string; name: string; status: 'pending' | 'confirmed' | 'unsubscribed' }[];
}

export interface ConsentEvent {
  id: string;
  listId: string | null;
  action: string;
  at: string;
  source: string;
  textVersion: string | null;
  ip: string | null;
}

export interface SubscriberDetail extends Subscriber {
  consent: ConsentEvent[];
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  subscribed: number;
  alreadySubscribed: number;
  refused: string[];
}

export interface Proposal {
  id: string;
  title: string;
  text: string;
  linkUrl: string | null;
  groupName: string | null;
  proposedById: string;
  proposedByName: string | null;
  status: 'pending' | 'accepted' | 'declined';
  decisionNote: string | null;
  issueNumber: number | null;
  createdAt: string;
}

export interface PublicForm {
  lists: { id: string; name: string; description: string | null }[];
  consentTextVersion: string;
  consentText: { fr: string; en: string };
}
