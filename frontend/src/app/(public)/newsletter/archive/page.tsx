'use client';

import Link from 'next/link';
import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { PageState } from '@/components/page-state';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { publicNewsletterApi } from '@/features/newsletters/api';

/** Every issue sent, newest first, each with its web version. */
export default function ArchivePage() {
  const t = useT();
  const { date: formatDate } = useFormat();
  const issues = useApiData((signal) => publicNewsletterApi.archive(signal), []);
  if (!issues.data) return <PageState {...issues} />;
  return (
    <Stack>
      <title>{`${t('newsletters.public.archiveTitle')} · Maillage`}</title>
      <Title order={1} size="h2">
        {t('newsletters.public.archiveTitle')}
      </Title>
      <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0 }} data-testid="archive">
        {issues.data.map((i) => (
          <li key={i.number}>
            <Text size="xs" c="dimmed">
              {t('newsletters.public.issueLine', { number: i.number, date: formatDate(i.sentAt) })}
            </Text>
            <Anchor href={`/newsletter/archive/${i.number}`} fw={600}>
              {i.title}
            </Anchor>
            {i.preheader && (
              <Text size="sm" c="dimmed">
                {i.preheader}
              </Text>
            )}
          </li>
        ))}
      </Stack>
      <Button component={Link} href="/newsletter/subscribe" variant="light" w="fit-content">
        {t('newsletters.public.subscribeTitle')}
      </Button>
    </Stack>
  );
}
