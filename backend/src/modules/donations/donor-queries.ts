import { DISPLAY_TIME_ZONE } from '@maillage/emails';

/** The name a donor goes by: the organisation's, or « First Last ». */
export const donorName = (d: string) =>
  `coalesce(${d}.organisation_name, nullif(trim(concat_ws(' ', ${d}.first_name, ${d}.last_name)), ''), '?')`;

const paris = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/** The calendar day (YYYY-MM-DD) an instant falls on in Paris. */
export const parisDay = (at: Date) => paris.format(at);

/** Paris's today, as a date. */
export const TODAY = `(now() AT TIME ZONE '${DISPLAY_TIME_ZONE}')::date`;

/**
 * A donor's monthly gift stopped: their last paid monthly instalment is more than a month and the grace days (from the
 * settings row) old.
 */
export const lapsed = (d: string) =>
  `coalesce((SELECT max(lg.received_on) FROM gifts lg WHERE lg.donor_id = ${d}.id AND lg.frequency = 'monthly' AND lg.status = 'paid')
     + interval '1 month' + make_interval(days => (SELECT recurring_grace_days FROM donation_settings WHERE id = 1))
     < ${TODAY}, false)`;
