'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { Anchor, Badge, Button, DataList, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconHistory, IconRefresh } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { notifyError, notifySuccess } from '@/lib/notify';
import { PageHeader } from '@/components/page-header';
import { FieldValue } from '@/components/field-value';
import { PageState } from '@/components/page-state';
import { sourcesApi } from '@/features/sources/api';
import { AttendanceList } from '@/features/events/components/attendance-list';
import { FeedHistoryChart } from '@/features/sources/components/feed-history-chart';
import { MoveStepForm } from '@/features/sources/components/move-step-form';
import { HealthBadge, StepBadge } from '@/features/sources/components/source-badges';
import { ONBOARDING_STEPS } from '@/features/sources/types';

export default function SourcePage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const [reload, setReload] = useState(0);
  const source = useApiData((signal) => sourcesApi.get(id, signal), [id, reload]);
  const [checking, setChecking] = useState(false);
  const s = source.data;
  if (!s) return <PageState {...source} />;
  const canEdit = ability.can('update', asSubject('Source', s));
  const reached = new Map(s.steps.map((step) => [step.step, step]));
  const current = ONBOARDING_STEPS.indexOf(s.step);

  const checkNow = async () => {
    setChecking(true);
    try {
      const check = await sourcesApi.check(s.id);
      if (check.ok) notifySuccess(t('sources.checked', { records: check.records ?? 0 }));
      else notifyError(t, new Error(t('sources.checkFailed', { failure: t(`sources.failure.${check.failure!}`) })));
      setReload((n) => n + 1);
    } catch (error) {
      notifyError(t, error);
    } finally {
      setChecking(false);
    }
  };

  return (
    <>
      <PageHeader
        title={s.name}
        badges={
          <>
            <StepBadge step={s.step} />
            <HealthBadge health={s.health} />
          </>
        }
        actions={
          <>
            {ability.can('read', 'AuditEntry') && (
              <Button
                component={Link}
                href={`/audit?entityType=Source&entityId=${s.id}`}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                {t('audit.history')}
              </Button>
            )}
            {canEdit && s.feedUrl && (
              <Button
                variant="default"
                loading={checking}
                onClick={() => void checkNow()}
                leftSection={<IconRefresh size={16} aria-hidden />}
                data-testid="source-check"
              >
                {t('sources.check')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        {canEdit && (
          <MoveStepForm
            key={s.step}
            source={s}
            onMoved={(saved) => {
              source.setData({ ...s, ...saved });
              setReload((n) => n + 1);
            }}
          />
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('sources.section.source')}
            </Title>
            <DataList>
              <FieldValue label={t('sources.field.owner')}>
                {s.organisationId ? (
                  <Anchor component={Link} href={`/organisations/${s.organisationId}`} inherit>
                    {s.organisationName}
                  </Anchor>
                ) : (
                  s.partnerName
                )}
              </FieldValue>
              <FieldValue label={t('sources.field.dataKind')}>{t(`sources.dataKind.${s.dataKind}`)}</FieldValue>
              <FieldValue label={t('sources.field.licence')}>{s.licence}</FieldValue>
              <FieldValue label={t('sources.field.feedKind')}>{t(`sources.feedKind.${s.feedKind}`)}</FieldValue>
              <FieldValue label={t('sources.field.feedUrl')}>
                {s.feedUrl && (
                  <Anchor inherit href={s.feedUrl} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }}>
                    {s.feedUrl}
                  </Anchor>
                )}
              </FieldValue>
              <FieldValue label={t('sources.field.group')}>
                {s.groupId && (
                  <Anchor component={Link} href={`/working-groups/${s.groupId}`} inherit>
                    {s.groupName}
                  </Anchor>
                )}
              </FieldValue>
              <FieldValue label={t('sources.field.referent')}>{s.referentName}</FieldValue>
              <FieldValue label={t('sources.field.contacts')}>{s.contacts}</FieldValue>
            </DataList>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('sources.section.path')}
            </Title>
            <Timeline active={current} bulletSize={18} lineWidth={2} data-testid="source-path">
              {ONBOARDING_STEPS.map((step) => {
                const at = reached.get(step);
                return (
                  <Timeline.Item key={step} title={t(`sources.step.${step}`)}>
                    {at && (
                      <Text size="xs" c="dimmed">
                        {format.date(at.reachedOn)}
                        {at.note ? ` · ${at.note}` : ''}
                      </Text>
                    )}
                  </Timeline.Item>
                );
              })}
            </Timeline>
            {s.nextStepDueOn && (
              <Text size="sm" mt="sm">
                {t('sources.field.nextStep')} :{' '}
                {t('sources.nextStepBy', { name: s.nextStepOwnerName ?? '—', date: format.date(s.nextStepDueOn) })}{' '}
                {s.stepOverdue && (
                  <Badge color="red" variant="outline" size="sm">
                    {t('sources.overdue')}
                  </Badge>
                )}
              </Text>
            )}
          </Paper>
        </SimpleGrid>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('sources.section.health')}
          </Title>
          <DataList mb="md">
            <FieldValue label={t('sources.field.records')}>{s.records?.toString()}</FieldValue>
            <FieldValue label={t('sources.field.incomplete')}>
              {s.incomplete === null ? null : `${s.incomplete} (${s.incompletePercent ?? 0} %)`}
            </FieldValue>
            <FieldValue label={t('sources.field.lastCheckedAt')}>{format.dateTime(s.lastCheckedAt)}</FieldValue>
            <FieldValue label={t('sources.field.lastChangeAt')}>{format.dateTime(s.lastChangeAt)}</FieldValue>
            <FieldValue label={t('sources.field.failingSince')}>{format.dateTime(s.failingSince)}</FieldValue>
          </DataList>
          <FeedHistoryChart checks={s.checks} />
        </Paper>
        {ability.can('update', 'TrainingEvent') && <AttendanceList sourceId={s.id} />}
      </Stack>
    </>
  );
}
