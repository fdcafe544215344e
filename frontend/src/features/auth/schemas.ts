import { z } from 'zod';
import { password, requiredEmail } from '@/lib/schema';

export const loginSchema = z.object({
  email: requiredEmail,
  password: z.string().min(1, 'validation.required'),
  /** Shown once the API asks for the second factor. */
  code: z.string().max(20, 'validation.tooLong'),
});

/** The password again and a code (from the app, or a recovery code): to turn the second factor on or off. */
export const secondFactorSchema = z.object({
  currentPassword: z.string().min(1, 'validation.required'),
  code: z.string().trim().min(1, 'validation.required').max(20, 'validation.tooLong'),
});

/** Before a sensitive action; the code only when the account has a second factor. */
export const emailSchema = z.object({ email: requiredEmail });

/** A new password typed twice; the API checks the rest (length, common passwords). */
export const newPasswordSchema = z
  .object({ password, confirm: z.string() })
  .refine((values) => values.password === values.confirm, {
    message: 'validation.passwordMismatch',
    path: ['confirm'],
  });

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, 'validation.required'), newPassword: password, confirm: z.string() })
  .refine((values) => values.newPassword === values.confirm, {
    message: 'validation.passwordMismatch',
    path: ['confirm'],
  });

export const changeEmailSchema = z.object({
  currentPassword: z.string().min(1, 'validation.required'),
  email: requiredEmail,
});
