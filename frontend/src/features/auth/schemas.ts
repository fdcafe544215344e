import { z } from 'zod';
import { password, requiredEmail } from '@/lib/schema';

export const loginSchema = z.object({
  email: requiredEmail,
  password: z.string().min(1, 'validation.required'),
});

export const emailSchema = z.object({ email: requiredEmail });

/** A new password typed twice; the API checks the rest (length, common passwords). */
export const newPasswordSchema = z
  .object({ password, confirm: z.string() })
  .refine((values) => values.password === values.confirm, { message: 'validation.passwordMismatch', path: ['confirm'] });

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, 'validation.required'), newPassword: password, confirm: z.string() })
  .refine((values) => values.newPassword === values.confirm, { message: 'validation.passwordMismatch', path: ['confirm'] });

export const changeEmailSchema = z.object({
  currentPassword: z.string().min(1, 'validation.required'),
  email: requiredEmail,
});
