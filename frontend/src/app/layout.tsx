import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { ColorSchemeScript, MantineProvider, mantineHtmlProps } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { theme } from '@/lib/theme';
import { I18nProvider } from '@/lib/i18n/provider';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';

export const metadata: Metadata = {
  title: { default: 'Maillage', template: '%s · Maillage' },
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return (
    <html lang={locale} {...mantineHtmlProps}>
      <head>
        <ColorSchemeScript defaultColorScheme="light" />
      </head>
      <body>
        <MantineProvider theme={theme} defaultColorScheme="light">
          <Notifications position="top-right" />
          <I18nProvider initialLocale={locale}>{children}</I18nProvider>
        </MantineProvider>
      </body>
    </html>
  );
}
