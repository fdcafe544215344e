'use client';

import { SegmentedControl } from '@mantine/core';
import { sessionApi } from '@/lib/session-api';
import { useLocale, useT } from '@/lib/i18n/provider';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { useOptionalSession } from '@/lib/session';

// Each language named in itself, so whoever cannot read the current one still finds theirs.
const LANGUAGE_NAMES: Record<Locale, string> = { fr: 'Français', en: 'English' };

/** French / English. Signed in, the choice is also saved on the account so it follows the user to other devices. */
export function LanguageSwitch({ testId = 'language-switch' }: { testId?: string }) {
  const t = useT();
  const [locale, setLocale] = useLocale();
  const session = useOptionalSession();

  const change = (value: string) => {
    const next = value as Locale;
    setLocale(next);
    if (session) {
      sessionApi.changeLocale(next).then(session.setSession, () => undefined);
    }
  };

  return (
    <SegmentedControl
      size="xs"
      value={locale}
      onChange={change}
      aria-label={t('language.label')}
      data-testid={testId}
      data={LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
    />
  );
}
