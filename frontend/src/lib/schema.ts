import { z } from 'zod';

// Zod compiles object schemas with `new Function` when it can, and probes for it: under the app's CSP (no
// 'unsafe-eval') that probe is a violation. The interpreted path is as correct, and fast enough for forms.
z.config({ jitless: true });

/**
 * Building blocks for form schemas. Messages are i18n keys (see useFieldError); optional fields are '' in the form and
 * null in the API body, so clearing a field clears it on the server too.
 */
const nullIfEmpty = (value: string) => (value === '' ? null : value);

export const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').transform(nullIfEmpty);

export const optionalEmail = z
  .string()
  .trim()
  .refine((value) => value === '' || z.email().safeParse(value).success, 'validation.email')
  .transform(nullIfEmpty);

export const requiredEmail = z.string().trim().min(1, 'validation.required').pipe(z.email('validation.email'));

export const optionalUrl = z
  .string()
  .trim()
  .refine((value) => value === '' || /^https?:\/\/\S+\.\S+/.test(value), 'validation.url')
  .transform(nullIfEmpty);

/** A calendar date as the native date input gives it (YYYY-MM-DD), or nothing. */
export const optionalDate = z
  .string()
  .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), 'validation.date')
  .transform(nullIfEmpty);

export const password = z.string().min(12, 'validation.passwordLength');
