import { notifications } from '@mantine/notifications';
import { ApiError } from './api';
import type { Translate } from './i18n/provider';

/** The API already localises its messages (Accept-Language); only failures that never reached it need our words. */
export function errorText(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network' || error.code === 'bad_gateway') return t('errors.network');
    if (error.message && !error.code.startsWith('http_')) return error.message;
  }
  return t('errors.unexpected');
}

export function notifyError(t: Translate, error: unknown): void {
  notifications.show({ color: 'red', title: t('errors.title'), message: errorText(t, error) });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message });
}
