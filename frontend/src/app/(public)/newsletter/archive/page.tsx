'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { PageState } from '@/components/page-state';
import type { MessageKey } from '@/lib/i18n/keys';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { publicNewsletterApi } from '@/features/newsletters/api';

/** Why a visitor was sent here from an issue's link (see the route of `[number]` and of a preview). */
const NOTICES: Record<string, { title: MessageKey; text: MessageKey } | undefined> = {
  'not-out': { title: 'newsletters.public.notOutYetTitle', text: 'newsletters.public.notOutYet' },
  unknown: { title: 'newsletters.public.notFoundTitle', text: 'newsletters.public.notFound' },
  'preview-expired': { title: 'newsletters.public.previewExpiredTitle', text: 'newsletters.public.previewExpired' },
};

/** Every issue sent, newest first, each with its web version; says so when a visitor asked for one not out (yet). */
export default function ArchivePage() {
  const t = useT();
  const { date: formatDate } = useFormat();
  const params = useSearchParams();
  const missing = params.get('missing');
  const notice = NOTICES[params.get('reason') ?? ''];
  const issues = useApiData((signal) => publicNewsletterApi.archive(signal), []);
  if (!issues.data) return <PageState {...issues} />;
  return (
    <Stack>
      <title>{`${t('newsletters.public.archiveTitle')} · Maillage`}</title>
      <Title order={1} size="h2">
        {t('newsletters.public.archiveTitle')}
      </Title>
      {notice && (
        <Alert color="yellow" data-testid="archive-missing" title={t(notice.title, { number: missing ?? '' })}>
          {t(notice.text)}
        </Alert>
      )}
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
