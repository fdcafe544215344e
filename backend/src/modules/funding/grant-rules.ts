import { formatEuros } from '@maillage/emails/money';
import { ValidationFailed, type FieldErrors } from '../../common/errors';
import { ACTIVE_STATUSES, STATUS_TRANSITIONS, type GrantStatus } from './funding-types';
import type { Grant } from './grant.entity';
import { FundingError } from './funding.errors';
import { msg, render } from '../../common/error-catalogue';

/**
 * The rules a grant's data must keep, as pure functions of the values (the service loads them, these decide).
 * Each failure names the field it is about, in both languages.
 */

const STATUS_NAMES: Record<'fr' | 'en', Record<GrantStatus, string>> = {
  fr: {
    prospect: 'piste',
    drafting: 'en rédaction',
    applied: 'déposé',
    granted: 'accordé',
    refused: 'refusé',
    closed: 'clos',
  },
  en: {
    prospect: 'prospect',
    drafting: 'drafting',
    applied: 'applied',
    granted: 'granted',
    refused: 'refused',
    closed: 'closed',
  },
};

/** PATCH bodies may not null out a required value (the DTO lets null through as "optional"). */
export function rejectNulls(dto: object, required: readonly string[]): void {
  const fields: FieldErrors = {};
  for (const key of required)
    if ((dto as Record<string, unknown>)[key] === null) fields[key] = [FundingError.FieldRequired];
  if (Object.keys(fields).length) throw new ValidationFailed(fields);
}

export function notInFuture(field: string, day: string | null | undefined, today: string): void {
  if (day && day > today) throw ValidationFailed.field(field, FundingError.DateFuture);
}

export function checkPeriod(startsOn: string | null, endsOn: string | null): void {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw ValidationFailed.field('endsOn', FundingError.PeriodEndsBeforeStarts);
  }
}

/** A status change: allowed from the current status, dated no later than today and no earlier than the last change. */
export function checkStatusChange(
  from: GrantStatus,
  to: GrantStatus,
  on: string,
  lastChangedOn: string,
  today: string,
): void {
  if (!STATUS_TRANSITIONS[from].includes(to)) {
    const names = (locale: 'fr' | 'en') => STATUS_TRANSITIONS[from].map((s) => STATUS_NAMES[locale][s]).join(', ');
    const final = STATUS_TRANSITIONS[from].length === 0;
    const status = (locale: 'fr' | 'en') => STATUS_NAMES[locale][from];
    throw ValidationFailed.field(
      'status',
      msg(final ? FundingError.StatusFinal : FundingError.StatusTransition, { status, next: names }),
    );
  }
  notInFuture('on', on, today);
  if (on < lastChangedOn) {
    throw ValidationFailed.field('on', msg(FundingError.StatusChangeBeforePrevious, { lastChangedOn }));
  }
}

/** Instalments plan the money granted: together they may not promise more. `field` is the one the caller changed. */
export function checkInstalmentsFit(
  expectedTotal: number,
  grantedCents: number | null,
  field: 'expectedCents' | 'amountGrantedCents',
): void {
  if (grantedCents === null || expectedTotal <= grantedCents) return;
  throw ValidationFailed.field(
    field,
    field === 'expectedCents'
      ? msg(FundingError.InstalmentsWouldExceedAmountGranted, { granted: (l) => formatEuros(grantedCents, l) })
      : FundingError.InstalmentsPlannedExceedAmountAdjust,
  );
}

/** Received amount and day go together, and money cannot have arrived tomorrow. */
export function checkReceipt(receivedCents: number | null, receivedOn: string | null, today: string): void {
  if ((receivedCents === null) !== (receivedOn === null)) {
    const field = receivedCents === null ? 'receivedCents' : 'receivedOn';
    throw ValidationFailed.field(field, FundingError.GiveAmountDayReceivedTogether);
  }
  notInFuture('receivedOn', receivedOn, today);
}

/** Spending counts for a grant only inside its period, and only once it has happened. */
export function checkSpendingDay(spentOn: string, startsOn: string | null, endsOn: string | null, today: string): void {
  notInFuture('spentOn', spentOn, today);
  if ((startsOn && spentOn < startsOn) || (endsOn && spentOn > endsOn)) {
    throw ValidationFailed.field(
      'spentOn',
      msg(FundingError.SpendingFallsOutsideGrantsPeriod, { startsOn: startsOn ?? '…', endsOn: endsOn ?? '…' }),
    );
  }
}

/** A report sent has the day it was sent; a report still due has none. */
export function checkReportSending(status: string, sentOn: string | null, today: string): void {
  if (status !== 'due' && !sentOn) throw ValidationFailed.field('sentOn', FundingError.GiveDayWasSent);
  if (status === 'due' && sentOn) throw ValidationFailed.field('status', FundingError.ReportSentNoLongerDue);
  notInFuture('sentOn', sentOn, today);
}

const STATUS_WORDS: Record<GrantStatus, FundingError> = {
  prospect: FundingError.Prospect,
  drafting: FundingError.BeingDrafted,
  applied: FundingError.AwaitingAnswer,
  granted: FundingError.Granted,
  refused: FundingError.Refused,
  closed: FundingError.Closed,
};

/** Money moves (instalments, spending), reports and publication exist only for grants the funder said yes to. */
export function requireActive(grant: Pick<Grant, 'status'>, what: FundingError): void {
  if ((ACTIVE_STATUSES as readonly string[]).includes(grant.status)) return;
  const status = STATUS_WORDS[grant.status];
  throw new ValidationFailed(
    {},
    msg(FundingError.GrantNotActive, { status: (l) => render(status, l), what: (l) => render(what, l) }),
  );
}
