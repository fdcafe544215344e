'use client';

import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { I18nProvider } from '@/lib/i18n/provider';
import { dictionaries } from './dictionaries';

/** The app's I18nProvider with every feature's texts: a client module, so the dictionaries ship in the bundle once. */
export function AppI18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  return (
    <I18nProvider initialLocale={initialLocale} dictionaries={dictionaries}>
      {children}
    </I18nProvider>
  );
}
