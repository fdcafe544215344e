'use client';

import { useState } from 'react';
import { Button, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { notifyError, notifySuccess } from '@/lib/notify';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { FundingTabs } from '@/features/funding/components/funding-tabs';
import { transparencyApi } from '@/features/transparency/api';

/** The network's one switch for its public transparency page (off by default); what it shows is chosen per record. */
export default function TransparencySettingsPage() {
  const t = useT();
  const settings = useApiData((signal) => transparencyApi.settings(signal), []);
  const [busy, setBusy] = useState(false);
  const save = (enabled: boolean) => {
    setBusy(true);
    transparencyApi
      .saveSettings(enabled)
      .then((saved) => {
        settings.setData(saved);
        notifySuccess(t('transparency.settings.saved'));
      })
      .catch((error: unknown) => notifyError(t, error))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <PageHeader title={t('nav.funding')} />
      <FundingTabs />
      {settings.data ? (
        <Paper withBorder p="lg" maw={760}>
          <Stack>
            <Title order={2} size="h4">
              {t('transparency.settings.title')}
            </Title>
            <Text>{t('transparency.settings.intro')}</Text>
            <Switch
              label={t('transparency.settings.enabled')}
              checked={settings.data.enabled}
              disabled={busy}
              onChange={(event) => save(event.currentTarget.checked)}
              data-testid="transparency-enabled"
            />
            <Text size="sm" c="dimmed">
              {t('transparency.settings.how')}
            </Text>
            {settings.data.enabled && (
              <Button
                component="a"
                href="/transparency"
                target="_blank"
                variant="light"
                w="fit-content"
                rightSection={<IconExternalLink size={16} aria-hidden />}
              >
                {t('transparency.settings.open')}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <PageState {...settings} />
      )}
    </>
  );
}
