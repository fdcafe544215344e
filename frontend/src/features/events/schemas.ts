import { z } from 'zod';
import { optionalText, optionalUrl, requiredEmail, requiredText } from '@/lib/schema';
import { parisInstant, parisParts, parisToday } from '@/lib/paris-time';
import {
  AUDIENCES,
  EVENT_KINDS,
  EVENT_MODES,
  type EventInput,
  type Kit,
  type KitInput,
  type TrainingEvent,
} from './types';

export const registrationSchema = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: requiredEmail,
  /** The honeypot, sent as it is: people never see it. */
  website: z.string(),
});
export type RegistrationFormValues = z.input<typeof registrationSchema>;

export const eventSchema = z
  .object({
    title: requiredText(200),
    kind: z.enum(EVENT_KINDS),
    mode: z.enum(EVENT_MODES),
    audience: z.enum(AUDIENCES),
    day: z.string().min(1, 'validation.required'),
    startTime: z.string().min(1, 'validation.required'),
    endTime: z.string().min(1, 'validation.required'),
    place: optionalText(300),
    videoLink: optionalUrl,
    capacity: z.number('validation.required').int().min(1, 'validation.required').max(10000),
    trainer: optionalText(200),
    groupId: z.string().min(1, 'validation.required'),
    registrationOpen: z.boolean(),
  })
  .transform(({ day, startTime, endTime, ...rest }): EventInput => ({
    ...rest,
    startsAt: parisInstant(day, startTime),
    endsAt: parisInstant(day, endTime),
  }));
export type EventFormValues = z.input<typeof eventSchema>;

export const newEventValues = (): EventFormValues => ({
  title: '',
  kind: 'training',
  mode: 'remote',
  audience: 'source',
  day: parisToday(),
  startTime: '18:30',
  endTime: '20:00',
  place: '',
  videoLink: '',
  capacity: 12,
  trainer: '',
  groupId: '',
  registrationOpen: true,
});

/** The form's values of an existing event: its day and times read in Paris. */
export const eventValues = (e: TrainingEvent): EventFormValues => ({
  title: e.title,
  kind: e.kind,
  mode: e.mode,
  audience: e.audience,
  day: parisParts(e.startsAt).day,
  startTime: parisParts(e.startsAt).time,
  endTime: parisParts(e.endsAt).time,
  place: e.place ?? '',
  videoLink: e.videoLink ?? '',
  capacity: e.capacity,
  trainer: e.trainer ?? '',
  groupId: e.groupId,
  registrationOpen: e.registrationOpen,
});

/** A kit's links are typed one per line. */
export const kitSchema = z.object({
  title: requiredText(200),
  audience: z.enum(AUDIENCES),
  version: requiredText(40),
  publishedOn: z.string().min(1, 'validation.required'),
  links: z.string().transform((text): string[] =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  ),
  description: optionalText(4000),
}) satisfies z.ZodType<Partial<KitInput>, unknown>;
export type KitFormValues = z.input<typeof kitSchema>;

export const kitValues = (k: Kit): KitFormValues => ({
  title: k.title,
  audience: k.audience,
  version: k.version,
  publishedOn: k.publishedOn,
  links: k.links.join('\n'),
  description: k.description ?? '',
});
