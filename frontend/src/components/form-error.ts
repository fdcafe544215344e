'use client';

import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/lib/api';
import { useIsMessageKey, useT } from '@/lib/i18n/provider';

/**
 * Puts the API's `fields` errors (keyed by DTO path, e.g. `memberships.0.role`, the same paths react-hook-form uses)
 * onto the form's fields, focusing the first. Returns whether any field error was applied.
 */
export function applyApiFieldErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): boolean {
  if (!(error instanceof ApiError)) return false;
  const entries = Object.entries(error.fields);
  entries.forEach(([path, messages], index) => {
    setError(path as Path<T>, { type: 'server', message: messages.join(' ') }, { shouldFocus: index === 0 });
  });
  return entries.length > 0;
}

/**
 * The text to show under a field. Client-side schema messages are dictionary keys; server messages arrive already
 * translated. Accepts any error node (a field, an array's root…), since react-hook-form types them differently.
 */
export function useFieldError(): (error: { message?: unknown } | undefined) => string | undefined {
  const t = useT();
  const isMessageKey = useIsMessageKey();
  return (error) => {
    const message = error?.message;
    if (typeof message !== 'string' || !message) return undefined;
    return isMessageKey(message) ? t(message) : message;
  };
}
