import { formatEuros } from '@maillage/emails/money';
import { ValidationFailed, type FieldErrors, type Text } from '../../common/errors';
import { STATUS_TRANSITIONS, type GrantStatus } from './funding-types';

/**
 * The rules a grant's data must keep, as pure functions of the values (the service loads them, these decide).
 * Each failure names the field it is about, in both languages.
 */

const REQUIRED: Text = { fr: 'Ce champ est obligatoire', en: 'This field is required' };
const IN_FUTURE: Text = { fr: 'Cette date est dans le futur', en: 'This date is in the future' };
const STATUS_NAMES: Record<'fr' | 'en', Record<GrantStatus, string>> = {
  fr: { prospect: 'piste', drafting: 'en rédaction', applied: 'déposé', granted: 'accordé', refused: 'refusé', closed: 'clos' },
  en: { prospect: 'prospect', drafting: 'drafting', applied: 'applied', granted: 'granted', refused: 'refused', closed: 'closed' },
};

/** PATCH bodies may not null out a required value (the DTO lets null through as "optional"). */
export function rejectNulls(dto: object, required: readonly string[]): void {
  const fields: FieldErrors = {};
  for (const key of required) if ((dto as Record<string, unknown>)[key] === null) fields[key] = [REQUIRED];
  if (Object.keys(fields).length) throw new ValidationFailed(fields);
}

export function notInFuture(field: string, day: string | null | undefined, today: string): void {
  if (day && day > today) throw ValidationFailed.field(field, IN_FUTURE);
}

export function checkPeriod(startsOn: string | null, endsOn: string | null): void {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw ValidationFailed.field('endsOn', { fr: 'La fin de la période précède son début', en: 'The period ends before it starts' });
  }
}

/** A status change: allowed from the current status, dated no later than today and no earlier than the last change. */
export function checkStatusChange(from: GrantStatus, to: GrantStatus, on: string, lastChangedOn: string, today: string): void {
  if (!STATUS_TRANSITIONS[from].includes(to)) {
    const names = (locale: 'fr' | 'en') => STATUS_TRANSITIONS[from].map((s) => STATUS_NAMES[locale][s]).join(', ');
    const final = STATUS_TRANSITIONS[from].length === 0;
    throw ValidationFailed.field('status', {
      fr: final ? `Le statut « ${STATUS_NAMES.fr[from]} » est définitif` : `Depuis « ${STATUS_NAMES.fr[from]} », le statut peut passer à : ${names('fr')}`,
      en: final ? `The status "${from}" is final` : `From "${from}", the status can go to: ${names('en')}`,
    });
  }
  notInFuture('on', on, today);
  if (on < lastChangedOn) {
    throw ValidationFailed.field('on', {
      fr: `Le changement précédent date du ${lastChangedOn} : celui-ci ne peut pas être antérieur`,
      en: `The previous change was on ${lastChangedOn}: this one cannot be earlier`,
    });
  }
}

/** Instalments plan the money granted: together they may not promise more. `field` is the one the caller changed. */
export function checkInstalmentsFit(expectedTotal: number, grantedCents: number | null, field: 'expectedCents' | 'amountGrantedCents'): void {
  if (grantedCents === null || expectedTotal <= grantedCents) return;
  throw ValidationFailed.field(field, field === 'expectedCents'
    ? {
        fr: `Les versements prévus dépasseraient le montant accordé (${formatEuros(grantedCents, 'fr')})`,
        en: `The instalments would exceed the amount granted (${formatEuros(grantedCents, 'en')})`,
      }
    : { fr: 'Les versements prévus dépassent ce montant : ajustez-les d’abord', en: 'The instalments planned exceed this amount: adjust them first' });
}

/** Received amount and day go together, and money cannot have arrived tomorrow. */
export function checkReceipt(receivedCents: number | null, receivedOn: string | null, today: string): void {
  if ((receivedCents === null) !== (receivedOn === null)) {
    const field = receivedCents === null ? 'receivedCents' : 'receivedOn';
    throw ValidationFailed.field(field, { fr: 'Indiquez le montant et la date de réception ensemble', en: 'Give the amount and the day received together' });
  }
  notInFuture('receivedOn', receivedOn, today);
}

/** Spending counts for a grant only inside its period, and only once it has happened. */
export function checkSpendingDay(spentOn: string, startsOn: string | null, endsOn: string | null, today: string): void {
  notInFuture('spentOn', spentOn, today);
  if ((startsOn && spentOn < startsOn) || (endsOn && spentOn > endsOn)) {
    throw ValidationFailed.field('spentOn', {
      fr: `Cette dépense tombe hors de la période du financement (${startsOn ?? '…'} – ${endsOn ?? '…'})`,
      en: `This spending falls outside the grant's period (${startsOn ?? '…'} – ${endsOn ?? '…'})`,
    });
  }
}

/** A report sent has the day it was sent; a report still due has none. */
export function checkReportSending(status: string, sentOn: string | null, today: string): void {
  if (status !== 'due' && !sentOn) throw ValidationFailed.field('sentOn', { fr: 'Indiquez la date d’envoi', en: 'Give the day it was sent' });
  if (status === 'due' && sentOn) throw ValidationFailed.field('status', { fr: 'Un rapport envoyé n’est plus « à rendre »', en: 'A report sent is no longer due' });
  notInFuture('sentOn', sentOn, today);
}
