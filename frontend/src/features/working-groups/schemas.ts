import { z } from 'zod';
import { optionalDate, optionalEmail, optionalText, optionalUrl, requiredEmail, requiredText } from '@/lib/schema';
import { GROUP_STATUSES, HEARD_FROM, WEEK_DAYS, type VolunteerOffer, type WorkingGroup } from './types';

export const groupSchema = z.object({
  name: requiredText(120),
  mission: optionalText(5000),
  status: z.enum(GROUP_STATUSES),
  mailingList: optionalEmail,
  chatChannel: optionalUrl,
  meetingRhythm: optionalText(200),
  welcomeWithinDays: z
    .number('validation.required')
    .int('validation.required')
    .min(1, 'validation.required')
    .max(90, 'validation.tooLong'),
});

export type GroupFormValues = z.input<typeof groupSchema>;

export function groupFormValues(group?: WorkingGroup): GroupFormValues {
  return {
    name: group?.name ?? '',
    mission: group?.mission ?? '',
    status: group?.status ?? 'active',
    mailingList: group?.mailingList ?? '',
    chatChannel: group?.chatChannel ?? '',
    meetingRhythm: group?.meetingRhythm ?? '',
    welcomeWithinDays: group?.welcomeWithinDays ?? 7,
  };
}

/** '' (nothing chosen) becomes null for the API. */
const optionalHeardFrom = z.union([z.literal(''), z.enum(HEARD_FROM)]).transform((v) => (v === '' ? null : v));
/** A number input gives '' when empty. */
const optionalHours = z
  .union([z.literal(''), z.number().int('validation.hours').min(1, 'validation.hours').max(200, 'validation.hours')])
  .transform((v) => (v === '' ? null : v));

export const offerSchema = z.object({
  skills: z.array(z.string().trim().max(60, 'validation.tooLong')).max(20, 'validation.tooMany'),
  hoursPerMonth: optionalHours,
  availableDays: z.array(z.enum(WEEK_DAYS)),
  territory: optionalText(120),
  heardFrom: optionalHeardFrom,
  heardFromDetail: optionalText(200),
});

export type OfferFormValues = z.input<typeof offerSchema>;

export function offerFormValues(offer?: VolunteerOffer): OfferFormValues {
  return {
    skills: offer?.skills ?? [],
    hoursPerMonth: offer?.hoursPerMonth ?? '',
    availableDays: offer?.availableDays ?? [],
    territory: offer?.territory ?? '',
    heardFrom: offer?.heardFrom ?? '',
    heardFromDetail: offer?.heardFromDetail ?? '',
  };
}

export const signupSchema = offerSchema.extend({
  groupId: z.string().min(1, 'validation.required'),
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: requiredEmail,
  phone: optionalText(40),
  message: optionalText(2000),
  consent: z.boolean().refine((v) => v, 'join.consentRequired'),
  /** The honeypot, sent as it is: people never see it. */
  website: z.string(),
});

export type SignupFormValues = z.input<typeof signupSchema>;

export const timeSchema = z
  .object({
    groupId: z.string().min(1, 'validation.required'),
    organisationId: z.string(),
    periodStart: optionalDate.refine((v) => v !== null, 'validation.required'),
    periodEnd: optionalDate.refine((v) => v !== null, 'validation.required'),
    quantity: z.number('validation.required').min(0.25, 'validation.quantity').max(10000, 'validation.quantity'),
    unit: z.enum(['hours', 'days']),
    description: optionalText(2000),
  })
  .refine((v) => !v.periodStart || !v.periodEnd || v.periodEnd >= v.periodStart, {
    path: ['periodEnd'],
    message: 'validation.periodOrder',
  });

export type TimeFormValues = z.input<typeof timeSchema>;
