'use client';

import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { ExportButton } from '@/components/export-button';
import { transparencyApi } from '@/features/transparency/api';
import { TransparencyYear } from '@/features/transparency/components/transparency-year';

/** Public: what the network chose to publish of its money, year by year (a 404 from the API while it is off). */
export default function TransparencyPage() {
  const t = useT();
  const page = useApiData((signal) => transparencyApi.publicPage(signal), []);
  const title = (
    <>
      <title>{`${t('transparency.public.title')} · Maillage`}</title>
      <Title order={1} size="h2">
        {t('transparency.public.title')}
      </Title>
    </>
  );
  if (page.error?.status === 404)
    return (
      <Stack>
        {title}
        <Text data-testid="transparency-off">{t('transparency.public.off')}</Text>
      </Stack>
    );
  const data = page.data;
  if (!data) return <PageState {...page} />;
  const years = [...new Set([...data.grants, ...data.splits, ...data.inKind].map((item) => item.year))].sort(
    (a, b) => b - a,
  );
  return (
    <Stack gap="lg">
      {title}
      <Text>{t('transparency.public.intro')}</Text>
      <Group>
        <ExportButton
          path="/transparency/public.csv"
          file="transparence"
          query={{}}
          label={t('transparency.public.csv')}
          testId="transparency-csv"
        />
        <Button
          component="a"
          href="/api/transparency/public"
          download="transparence.json"
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          data-testid="transparency-json"
        >
          {t('transparency.public.json')}
        </Button>
      </Group>
      {years.length === 0 && <Text c="dimmed">{t('transparency.public.empty')}</Text>}
      {years.map((year) => (
        <TransparencyYear
          key={year}
          year={year}
          grants={data.grants.filter((g) => g.year === year)}
          splits={data.splits.filter((s) => s.year === year)}
          inKind={data.inKind.filter((k) => k.year === year)}
        />
      ))}
    </Stack>
  );
}
