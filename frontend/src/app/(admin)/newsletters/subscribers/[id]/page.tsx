'use client';

import { useParams } from 'next/navigation';
import Link from 'next/link';
import { Anchor, Badge, Button, Card, DataList, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { FieldValue } from '@/components/field-value';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { subscribersApi } from '@/features/newsletters/api';
import { DeliveryStatusBadge } from '@/features/newsletters/components/delivery-status-badge';
import { NewslettersTabs } from '@/features/newsletters/components/newsletters-tabs';

/** A subscriber: the issues sent to them, and the proof of their consent, event by event. */
export default function SubscriberPage() {
  const t = useT();
  const { dateTime: formatDateTime } = useFormat();
  const { id } = useParams<{ id: string }>();
  const s = useApiData((signal) => subscribersApi.get(id, signal), [id]);
  if (!s.data) return <PageState {...s} />;
  const mark = (status: 'bounced' | 'complained') =>
    subscribersApi.update(id, { status }).then(s.setData, (e) => notifyError(t, e));
  return (
    <>
      <PageHeader
        title={s.data.email}
        badges={<Badge variant="light">{t(`newsletters.subscriberStatus.${s.data.status}`)}</Badge>}
      />
      <NewslettersTabs />
      <Stack>
        <Card withBorder>
          <DataList>
            <FieldValue label={t('newsletters.field.name')}>
              {[s.data.firstName, s.data.lastName].filter(Boolean).join(' ')}
            </FieldValue>
            <FieldValue label={t('newsletters.field.locale')}>{s.data.locale}</FieldValue>
            <FieldValue label={t('newsletters.field.lists')}>
              {s.data.lists.map((l) => `${l.name} (${t(`newsletters.subscriptionStatus.${l.status}`)})`).join(', ')}
            </FieldValue>
            {s.data.statusReason && (
              <FieldValue label={t('newsletters.field.statusReason')}>{s.data.statusReason}</FieldValue>
            )}
          </DataList>
          {s.data.status === 'confirmed' && (
            <Group mt="md">
              <Button size="xs" variant="default" onClick={() => void mark('bounced')}>
                {t('newsletters.subscribers.markBounced')}
              </Button>
              <Button size="xs" variant="default" onClick={() => void mark('complained')}>
                {t('newsletters.subscribers.markComplained')}
              </Button>
            </Group>
          )}
        </Card>
        <Title order={2} size="h4">
          {t('newsletters.history.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('newsletters.history.help')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="delivery-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('newsletters.history.issue')}</Table.Th>
                <Table.Th>{t('newsletters.field.status')}</Table.Th>
                <Table.Th>{t('newsletters.consent.at')}</Table.Th>
                <Table.Th>{t('newsletters.deliveries.answer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(s.data.deliveries ?? []).map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/newsletters/${d.issueId}/deliveries`}>
                      {t('newsletters.issueTitle', { number: d.issueNumber, title: d.issueTitle })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <DeliveryStatusBadge status={d.status} />
                  </Table.Td>
                  <Table.Td>{d.at ? formatDateTime(d.at) : '—'}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
                      {d.smtpResponse ?? '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
              {s.data.deliveries?.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text size="sm" c="dimmed">
                      {t('newsletters.history.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Title order={2} size="h4">
          {t('newsletters.consent.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('newsletters.consent.help')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="consent-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('newsletters.consent.at')}</Table.Th>
                <Table.Th>{t('newsletters.consent.action')}</Table.Th>
                <Table.Th>{t('newsletters.consent.source')}</Table.Th>
                <Table.Th>{t('newsletters.consent.version')}</Table.Th>
                <Table.Th>IP</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(s.data.consent ?? []).map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatDateTime(c.at)}</Table.Td>
                  <Table.Td>{t(`newsletters.consent.${c.action}` as 'newsletters.consent.confirmed')}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{c.source}</Table.Td>
                  <Table.Td>{c.textVersion ?? '—'}</Table.Td>
                  <Table.Td>{c.ip ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </>
  );
}
