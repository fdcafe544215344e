'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Anchor, Button, DataList, Group, Paper, SimpleGrid, Stack, Tabs, Text, Timeline, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconHistory, IconPencil, IconRoute } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { FieldValue } from '@/components/field-value';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { grantsApi } from '@/features/funding/api';
import { AlertsList } from '@/features/funding/components/alerts-list';
import { GrantStatusBadge } from '@/features/funding/components/badges';
import { BudgetPanel } from '@/features/funding/components/budget-panel';
import { ContentPanel } from '@/features/funding/components/content-panel';
import { DocumentsPanel } from '@/features/funding/components/documents-panel';
import { GrantFigures } from '@/features/funding/components/grant-figures';
import { InstalmentsPanel } from '@/features/funding/components/instalments-panel';
import { ReportsPanel } from '@/features/funding/components/reports-panel';
import { StatusChange } from '@/features/funding/components/status-change';
import { transparencyApi } from '@/features/transparency/api';
import { PublishSwitch } from '@/features/transparency/components/publish-switch';

export default function GrantPage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const grant = useApiData((signal) => grantsApi.get(id, signal), [id]);
  const g = grant.data;
  if (!g) return <PageState {...grant} />;
  const canEdit = ability.can('update', asSubject('Grant', g));
  const panel = { grant: g, canEdit, onSaved: grant.setData };
  const period = g.startsOn || g.endsOn ? `${format.date(g.startsOn) || '…'} – ${format.date(g.endsOn) || '…'}` : '';

  return (
    <>
      <PageHeader
        title={g.title}
        description={
          <Anchor component={Link} href={`/funding/funders/${g.funder.id}`} inherit>
            {g.funder.name}
          </Anchor>
        }
        badges={<GrantStatusBadge status={g.status} />}
        actions={
          <>
            {ability.can('read', 'AuditEntry') && (
              <Button
                component={Link}
                href={`/audit?entityType=Grant&entityId=${g.id}`}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                {t('audit.history')}
              </Button>
            )}
            <Button
              component={Link}
              href={`/funding/grants/${g.id}/report`}
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              data-testid="grant-report"
            >
              {t('funding.report.open')}
            </Button>
            {ability.can('read', 'FunderReport') && (
              <Button
                component={Link}
                href={`/funding/grants/${g.id}/activity-report`}
                variant="default"
                leftSection={<IconFileText size={16} aria-hidden />}
                data-testid="grant-activity-report"
              >
                {t('funding.activity.open')}
              </Button>
            )}
            <Button
              component={Link}
              href={`/funding/grants/${g.id}/trail`}
              variant="default"
              leftSection={<IconRoute size={16} aria-hidden />}
            >
              {t('trail.open')}
            </Button>
            {canEdit && (
              <Button
                component={Link}
                href={`/funding/grants/${g.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                data-testid="grant-edit"
              >
                {t('common.edit')}
              </Button>
            )}
            {canEdit && <StatusChange grant={g} onSaved={grant.setData} />}
          </>
        }
      />
      <Stack gap="lg">
        <AlertsList alerts={g.alerts} withGrant={false} />
        {ability.can('publish', 'Grant') && (
          <PublishSwitch
            published={g.published}
            publish={(published) => transparencyApi.publishGrant(g.id, published)}
            onSaved={grant.setData}
            hint={t('transparency.publish.grantHint')}
            disabledReason={
              g.status === 'granted' || g.status === 'closed' ? undefined : t('transparency.publish.grantNotActive')
            }
          />
        )}
        <GrantFigures grant={g} />
        <Tabs defaultValue="instalments" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="instalments">{t('funding.instalments.title')}</Tabs.Tab>
            <Tabs.Tab value="budget">{t('funding.budget.title')}</Tabs.Tab>
            <Tabs.Tab value="reports">{t('funding.reports.title')}</Tabs.Tab>
            <Tabs.Tab value="content" data-testid="tab-content">
              {t('funding.content.title')}
            </Tabs.Tab>
            <Tabs.Tab value="details">{t('funding.grant.section.details')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="instalments" pt="md">
            <InstalmentsPanel {...panel} />
          </Tabs.Panel>
          <Tabs.Panel value="budget" pt="md">
            <BudgetPanel {...panel} />
          </Tabs.Panel>
          <Tabs.Panel value="reports" pt="md">
            <ReportsPanel {...panel} />
          </Tabs.Panel>
          <Tabs.Panel value="content" pt="md">
            <ContentPanel {...panel} />
          </Tabs.Panel>
          <Tabs.Panel value="details" pt="md">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Paper withBorder p="md">
                <DataList>
                  <FieldValue label={t('funding.grant.field.reference')}>{g.reference}</FieldValue>
                  <FieldValue label={t('funding.grant.field.period')}>{period}</FieldValue>
                  <FieldValue label={t('funding.grant.field.applicationDeadline')}>
                    {format.date(g.applicationDeadline)}
                  </FieldValue>
                  <FieldValue label={t('funding.grant.field.grantedOn')}>{format.date(g.grantedOn)}</FieldValue>
                  <FieldValue label={t('funding.grant.field.agreementSignedOn')}>
                    {format.date(g.agreementSignedOn)}
                  </FieldValue>
                  <FieldValue label={t('funding.grant.field.ownFunds')}>{format.cents(g.ownFundsCents)}</FieldValue>
                </DataList>
                {g.notes && (
                  <Text mt="md" style={{ whiteSpace: 'pre-line' }}>
                    {g.notes}
                  </Text>
                )}
              </Paper>
              <Paper withBorder p="md">
                <Title order={2} size="h5" mb="sm">
                  {t('funding.grant.history')}
                </Title>
                <Timeline active={g.history.length - 1} bulletSize={14} lineWidth={2} data-testid="grant-history">
                  {g.history.map((h) => (
                    <Timeline.Item key={h.id} title={t(`funding.status.${h.status}`)}>
                      <Text size="xs" c="dimmed">
                        {format.date(h.changedOn)}
                      </Text>
                      {h.note && <Text size="sm">{h.note}</Text>}
                    </Timeline.Item>
                  ))}
                </Timeline>
              </Paper>
            </SimpleGrid>
            <Paper withBorder p="md" mt="lg">
              <Title order={2} size="h5" mb="sm">
                {t('funding.documents.title')}
              </Title>
              <DocumentsPanel {...panel} />
            </Paper>
          </Tabs.Panel>
        </Tabs>
        <Group>
          <Text size="xs" c="dimmed">
            {t('common.createdUpdated', {
              created: format.dateTime(g.createdAt),
              updated: format.dateTime(g.updatedAt),
            })}
          </Text>
        </Group>
      </Stack>
    </>
  );
}
