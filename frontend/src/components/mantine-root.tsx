'use client';

import { useMemo, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useLocale, useT } from '@/lib/i18n/provider';
import { createAppTheme } from '@/lib/theme';
// Before any form's schema runs: zod's configuration for the CSP (see there).
import '@/lib/schema';

export function MantineRoot({ children }: { children: ReactNode }) {
  const t = useT();
  const [locale] = useLocale();
  const theme = useMemo(() => createAppTheme(t), [t]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      {/* Calendars in the page's language, weeks from Monday (dayjs's French locale is loaded by DayInput). */}
      <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>
    </MantineProvider>
  );
}
