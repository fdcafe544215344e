import { z } from 'zod';
import { optionalText, optionalUrl, requiredText } from '@/lib/schema';
import { parisInstant, parisParts, parisToday } from '@/lib/paris-time';
import {
  ATTENDANCE_STATUSES,
  DECISION_METHODS,
  DECISION_OUTCOMES,
  DECISION_VISIBILITIES,
  MEETING_KINDS,
  STRATEGY_STATUSES,
  type ActionItemInput,
  type Decision,
  type DecisionInput,
  type Meeting,
  type MeetingInput,
  type StrategyAction,
  type StrategyActionInput,
} from './types';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');
const time = z.string().regex(/^\d{2}:\d{2}$/, 'validation.time');
const nullIfEmpty = (v: string) => (v === '' ? null : v);
/** A whole number typed in a text field, or nothing. */
const optionalCount = z
  .string()
  .trim()
  .regex(/^\d*$/, 'validation.wholeNumber')
  .transform((v) => (v === '' ? null : Number(v)));

export const meetingSchema = z
  .object({
    kind: z.string().pipe(z.enum(MEETING_KINDS, 'validation.required')),
    title: requiredText(200),
    day,
    startTime: time,
    endTime: time,
    place: optionalText(300),
    videoLink: optionalUrl,
    minutes: z.string().transform(nullIfEmpty),
    agenda: z.array(
      z.object({ title: requiredText(300), details: optionalText(5000), durationMinutes: optionalCount }),
    ),
    attendees: z.array(
      z.object({
        personId: z.string().min(1, 'validation.required'),
        organisationId: z.string().transform(nullIfEmpty),
        status: z.enum(ATTENDANCE_STATUSES),
      }),
    ),
    documents: z.array(
      z.object({
        label: requiredText(200),
        url: z.string().trim().min(1, 'validation.required').pipe(z.url('validation.url')),
      }),
    ),
  })
  .refine((v) => v.endTime > v.startTime, { path: ['endTime'], message: 'governance.validation.endAfterStart' })
  .transform(({ day: d, startTime, endTime, ...rest }): MeetingInput => ({
    ...rest,
    startsAt: parisInstant(d, startTime),
    endsAt: parisInstant(d, endTime),
  }));

export type MeetingFormValues = z.input<typeof meetingSchema>;

export function meetingFormValues(meeting?: Meeting): MeetingFormValues {
  const start = meeting ? parisParts(meeting.startsAt) : { day: parisToday(), time: '18:30' };
  return {
    kind: meeting?.kind ?? 'copil',
    title: meeting?.title ?? '',
    day: start.day,
    startTime: start.time,
    endTime: meeting ? parisParts(meeting.endsAt).time : '20:30',
    place: meeting?.place ?? '',
    videoLink: meeting?.videoLink ?? '',
    minutes: meeting?.minutes ?? '',
    agenda:
      meeting?.agenda.map((a) => ({
        title: a.title,
        details: a.details ?? '',
        durationMinutes: a.durationMinutes?.toString() ?? '',
      })) ?? [],
    attendees:
      meeting?.attendees.map((a) => ({
        personId: a.personId,
        organisationId: a.organisationId ?? '',
        status: a.status,
      })) ?? [],
    documents: meeting?.documents.map((d) => ({ label: d.label, url: d.url })) ?? [],
  };
}

export const decisionSchema = z
  .object({
    title: requiredText(200),
    proposal: requiredText(20_000),
    proposedByPersonId: z.string().transform(nullIfEmpty),
    meetingId: z.string().transform(nullIfEmpty),
    onlineLink: optionalUrl,
    method: z.string().pipe(z.enum(DECISION_METHODS, 'validation.required')),
    votesFor: optionalCount,
    votesAgainst: optionalCount,
    votesAbstain: optionalCount,
    outcome: z.string().pipe(z.enum(DECISION_OUTCOMES, 'validation.required')),
    decidedOn: day,
    visibility: z.string().pipe(z.enum(DECISION_VISIBILITIES, 'validation.required')),
  })
  .superRefine((v, ctx) => {
    if (v.method !== 'vote') return;
    for (const key of ['votesFor', 'votesAgainst', 'votesAbstain'] as const) {
      if (v[key] === null)
        ctx.addIssue({ code: 'custom', path: [key], message: 'governance.validation.votesRequired' });
    }
  })
  // Counts go only with a vote: the API refuses them otherwise.
  .transform((v): DecisionInput =>
    v.method === 'vote' ? v : { ...v, votesFor: undefined, votesAgainst: undefined, votesAbstain: undefined },
  );

export type DecisionFormValues = z.input<typeof decisionSchema>;

export function decisionFormValues(start: {
  meetingId?: string;
  decidedOn?: string;
  from?: Decision;
}): DecisionFormValues {
  const d = start.from;
  return {
    title: d?.title ?? '',
    proposal: d?.proposal ?? '',
    proposedByPersonId: d?.proposedByPersonId ?? '',
    meetingId: start.meetingId ?? d?.meetingId ?? '',
    onlineLink: d?.onlineLink ?? '',
    method: d?.method ?? 'consent',
    votesFor: d?.votesFor?.toString() ?? '',
    votesAgainst: d?.votesAgainst?.toString() ?? '',
    votesAbstain: d?.votesAbstain?.toString() ?? '',
    outcome: d?.outcome ?? 'adopted',
    decidedOn: start.decidedOn ?? parisToday(),
    // The narrower audience unless someone chooses to publish it.
    visibility: d?.visibility ?? 'copil',
  };
}

export const actionItemSchema = z.object({
  title: requiredText(300),
  details: optionalText(5000),
  ownerPersonId: z.string().min(1, 'validation.required'),
  dueOn: day,
}) satisfies z.ZodType<Omit<ActionItemInput, 'meetingId' | 'decisionId'>, unknown>;

export type ActionItemFormValues = z.input<typeof actionItemSchema>;
export type ActionItemValues = z.output<typeof actionItemSchema>;

/** A whole number from 1 to 99 typed in a text field: an axis's or an action's place. */
const place = z
  .string()
  .trim()
  .regex(/^\d{1,2}$/, 'validation.wholeNumber')
  .transform(Number);

export const strategyAxisSchema = z.object({ number: place, title: requiredText(200) });
export type StrategyAxisFormValues = z.input<typeof strategyAxisSchema>;

export const strategyAxisFormValues = (axis?: { number: number; title: string }): StrategyAxisFormValues => ({
  number: axis ? String(axis.number) : '',
  title: axis?.title ?? '',
});

export const strategyActionSchema = z.object({
  axisId: z.string().transform(nullIfEmpty),
  number: z
    .string()
    .trim()
    .regex(/^\d{0,2}$/, 'validation.wholeNumber')
    .transform((v) => (v === '' ? null : Number(v))),
  title: requiredText(300),
  content: requiredText(10_000),
  targetPublic: z.array(z.string().trim().min(1).max(300, 'validation.tooLong')).max(20),
  involvesCopil: z.boolean(),
  personDaysPerMonth: z
    .string()
    .trim()
    .regex(/^(\d{1,3}([.,]\d)?)?$/, 'governance.validation.personDays')
    .transform((v) => (v === '' ? null : Number(v.replace(',', '.')))),
  status: z.enum(STRATEGY_STATUSES),
  groupIds: z.array(z.string()),
  grantIds: z.array(z.string()),
  splitIds: z.array(z.string()),
  decisionIds: z.array(z.string()),
}) satisfies z.ZodType<StrategyActionInput, unknown>;
export type StrategyActionFormValues = z.input<typeof strategyActionSchema>;

export const strategyActionFormValues = (axisId: string | null, action?: StrategyAction): StrategyActionFormValues => ({
  axisId: action?.axisId ?? axisId ?? '',
  number: action?.number == null ? '' : String(action.number),
  title: action?.title ?? '',
  content: action?.content ?? '',
  targetPublic: action?.targetPublic ?? [],
  involvesCopil: action?.involvesCopil ?? false,
  personDaysPerMonth: action?.personDaysPerMonth == null ? '' : String(action.personDaysPerMonth),
  status: action?.status ?? 'planned',
  groupIds: action?.groupIds ?? [],
  grantIds: action?.grantIds ?? [],
  splitIds: action?.splitIds ?? [],
  decisionIds: action?.decisions.map((d) => d.id) ?? [],
});
