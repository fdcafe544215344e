import type { Locale } from './i18n';
import { formatEuros } from './money';

/** What happened, to whom it is told (see the backend's notifications module for who receives each). */
export const NOTIFICATION_KINDS = [
  'contribution_submitted',
  'contribution_validated',
  'contribution_rejected',
  'split_approved',
  'payment_recorded',
  'proposal_accepted',
  'proposal_declined',
  'action_assigned',
  'action_due',
  'volunteer_signup',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kept with the notification when it happens: the words are chosen when someone reads it, in their language. */
export interface NotificationParams {
  /** The thing's own name (a contribution's description, a split's grant, an action's title, a group's name). */
  subject: string;
  /** Who did it, when the reader needs to know. */
  actor?: string;
  /** The rejection's or decline's reason. */
  reason?: string;
  amountCents?: number;
}

type Words = (p: NotificationParams, money: (cents: number) => string) => string;

const because = (p: NotificationParams, word: string) => (p.reason ? `${word}${p.reason}` : '');

// French typography: a no-break space (\u00a0) before ":" and inside « ».
const texts: Record<Locale, Record<NotificationKind, Words>> = {
  fr: {
    contribution_submitted: (p) => `${p.actor ?? 'Quelqu’un'} a soumis une contribution à valider\u00a0: ${p.subject}`,
    contribution_validated: (p) => `Votre contribution «\u00a0${p.subject}\u00a0» a été validée`,
    contribution_rejected: (p) =>
      `Votre contribution «\u00a0${p.subject}\u00a0» a été refusée${because(p, '\u00a0: ')}`,
    split_approved: (p) => `La répartition «\u00a0${p.subject}\u00a0» a été approuvée`,
    payment_recorded: (p, money) =>
      `Un versement de ${money(p.amountCents ?? 0)} a été enregistré pour la répartition «\u00a0${p.subject}\u00a0»`,
    proposal_accepted: (p) => `Votre proposition «\u00a0${p.subject}\u00a0» a été retenue pour la lettre`,
    proposal_declined: (p) =>
      `Votre proposition «\u00a0${p.subject}\u00a0» n’a pas été retenue${because(p, '\u00a0: ')}`,
    action_assigned: (p) => `Une action vous est confiée\u00a0: ${p.subject}`,
    action_due: (p) => `L’action «\u00a0${p.subject}\u00a0» a dépassé son échéance`,
    volunteer_signup: (p) => `${p.actor ?? 'Quelqu’un'} souhaite rejoindre le groupe ${p.subject}`,
  },
  en: {
    contribution_submitted: (p) => `${p.actor ?? 'Someone'} submitted a contribution to validate: ${p.subject}`,
    contribution_validated: (p) => `Your contribution “${p.subject}” was validated`,
    contribution_rejected: (p) => `Your contribution “${p.subject}” was rejected${because(p, ': ')}`,
    split_approved: (p) => `The split “${p.subject}” was approved`,
    payment_recorded: (p, money) =>
      `A payment of ${money(p.amountCents ?? 0)} was recorded for the split “${p.subject}”`,
    proposal_accepted: (p) => `Your proposal “${p.subject}” was accepted for the newsletter`,
    proposal_declined: (p) => `Your proposal “${p.subject}” was declined${because(p, ': ')}`,
    action_assigned: (p) => `An action was assigned to you: ${p.subject}`,
    action_due: (p) => `The action “${p.subject}” is past its due date`,
    volunteer_signup: (p) => `${p.actor ?? 'Someone'} would like to join the ${p.subject} group`,
  },
};

/** One notification in a sentence, in the reader's language. */
export function notificationText(kind: NotificationKind, params: NotificationParams, locale: Locale): string {
  return texts[locale][kind](params, (cents) => formatEuros(cents, locale));
}
