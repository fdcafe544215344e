import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './global.css';
import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { ColorSchemeScript, mantineHtmlProps } from '@mantine/core';
import { MantineRoot } from '@/components/mantine-root';
import { AppI18nProvider } from '@/i18n/provider';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';

export const metadata: Metadata = {
  title: { default: 'Maillage', template: '%s · Maillage' },
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  // The UI's server (server.mjs) puts this request's policy, and so its script nonce, on the request.
  const nonce = /'nonce-([^']+)'/.exec((await headers()).get('content-security-policy') ?? '')?.[1];
  return (
    <html lang={locale} {...mantineHtmlProps}>
      <head>
        <ColorSchemeScript defaultColorScheme="light" nonce={nonce} />
      </head>
      <body>
        <AppI18nProvider initialLocale={locale}>
          <MantineRoot>{children}</MantineRoot>
        </AppI18nProvider>
      </body>
    </html>
  );
}
