'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { Alert, Anchor, Button, DataList, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconGitBranch } from '@tabler/icons-react';
import { useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { notifySuccess } from '@/lib/notify';
import { DataTable } from '@/components/data-table';
import { FieldValue } from '@/components/field-value';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { decisionsApi } from '@/features/governance/api';
import { OutcomeBadge } from '@/features/governance/components/badges';
import { DecisionForm } from '@/features/governance/components/decision-form';
import { DecisionHow } from '@/features/governance/components/decision-how';
import type { Decision } from '@/features/governance/types';

export default function DecisionPage() {
  const t = useT();
  const format = useFormat();
  const router = useRouter();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const decision = useApiData((signal) => decisionsApi.get(id, signal), [id]);
  const [amending, setAmending] = useState(false);
  const d = decision.data;
  if (!d) return <PageState {...decision} />;

  return (
    <>
      <PageHeader
        title={`n° ${d.number} — ${d.title}`}
        badges={<OutcomeBadge outcome={d.outcome} />}
        description={t('governance.decision.recordedAt', { date: format.dateTime(d.recordedAt) })}
        actions={
          ability.can('create', 'Decision') && (
            <Button
              variant="default"
              leftSection={<IconGitBranch size={16} aria-hidden />}
              onClick={() => setAmending(true)}
              data-testid="decision-amend"
            >
              {t('governance.decision.amend')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        {d.amendsDecisionId && (
          <Alert color="orange" variant="light">
            {t('governance.decision.isAmendment')}{' '}
            <Anchor component={Link} href={`/decisions/${d.amendsDecisionId}`}>
              n° {d.amendsNumber}
            </Anchor>
          </Alert>
        )}
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('governance.decision.field.proposal')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{d.proposal}</Text>
        </Paper>
        <Paper withBorder p="md">
          <DataList>
            <FieldValue label={t('governance.decision.field.proposedBy')}>{d.proposedByName}</FieldValue>
            <FieldValue label={t('governance.decision.field.decidedOn')}>{format.date(d.decidedOn)}</FieldValue>
            <FieldValue label={t('governance.decision.field.method')}>
              <DecisionHow decision={d} />
            </FieldValue>
            <FieldValue label={t('governance.decision.field.visibility')}>
              {t(`governance.visibility.${d.visibility}`)}
            </FieldValue>
            <FieldValue label={t('governance.decision.field.where')}>
              {d.meetingId ? (
                <Anchor component={Link} href={`/meetings/${d.meetingId}`}>
                  {d.meetingTitle}
                </Anchor>
              ) : (
                <>
                  {t('governance.decision.online')}
                  {d.onlineLink && (
                    <>
                      {' '}
                      —{' '}
                      <Anchor href={d.onlineLink} target="_blank" rel="noreferrer">
                        {d.onlineLink}
                      </Anchor>
                    </>
                  )}
                </>
              )}
            </FieldValue>
          </DataList>
        </Paper>
        {d.strategyActions.length > 0 && (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('governance.decision.serves')}
            </Title>
            <List size="sm">
              {d.strategyActions.map((s) => (
                <List.Item key={s.id}>
                  <Anchor component={Link} href="/strategy">
                    {s.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Paper>
        )}
        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              {t('governance.decision.amendments')}
            </Title>
          </Group>
          <DataTable<Decision>
            caption={t('governance.decision.amendments')}
            minWidth={420}
            rows={d.amendments}
            rowKey={(a) => a.id}
            empty={t('governance.decision.noAmendments')}
            testId="decision-amendments"
            columns={[
              { key: 'number', header: t('governance.decision.field.number'), render: (a) => `n° ${a.number}` },
              {
                key: 'date',
                header: t('governance.decision.field.decidedOn'),
                render: (a) => format.date(a.decidedOn),
              },
              {
                key: 'title',
                header: t('governance.decision.field.title'),
                render: (a) => (
                  <Anchor component={Link} href={`/decisions/${a.id}`}>
                    {a.title}
                  </Anchor>
                ),
              },
              {
                key: 'outcome',
                header: t('governance.decision.field.outcome'),
                render: (a) => <OutcomeBadge outcome={a.outcome} />,
              },
            ]}
          />
        </Paper>
      </Stack>
      <Modal
        opened={amending}
        onClose={() => setAmending(false)}
        title={t('governance.decision.amendTitle', { n: d.number })}
        size="lg"
      >
        <DecisionForm
          amends={d}
          onCancel={() => setAmending(false)}
          onSaved={(saved) => {
            setAmending(false);
            notifySuccess(t('governance.decision.recorded', { n: saved.number }));
            router.push(`/decisions/${saved.id}`);
          }}
        />
      </Modal>
    </>
  );
}
