'use client';

import { useState } from 'react';
import Link from 'next/link';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { notifyError, notifySuccess } from '@/lib/notify';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { strategyApi } from '@/features/governance/api';
import { StrategyStatusBadge } from '@/features/governance/components/badges';
import { StrategyActionForm } from '@/features/governance/components/strategy-action-form';
import { StrategyAxisForm } from '@/features/governance/components/strategy-axis-form';
import { STRATEGY_STATUSES, type StrategyAction, type StrategyAxis } from '@/features/governance/types';

/** What the modal edits: an axis (new or existing), or an action (new, under an axis or none, or existing). */
type Editing =
  { kind: 'axis'; axis?: StrategyAxis } | { kind: 'action'; action?: StrategyAction; axisId: string | null };

/** The network's strategy: its axes and actions (operational plan), their status and what serves them. */
export default function StrategyPage() {
  const t = useT();
  const ability = useAppAbility();
  const strategy = useApiData((signal) => strategyApi.get(signal), []);
  const [editing, setEditing] = useState<Editing>();
  if (!strategy.data) return <PageState {...strategy} />;
  const canEditAxes = ability.can('update', 'StrategyAxis');
  const saved = (message: string) => {
    notifySuccess(message);
    setEditing(undefined);
    strategy.reload();
  };

  const setStatus = async (action: StrategyAction, status: string | null) => {
    if (!status || status === action.status) return;
    try {
      await strategyApi.setStatus(action.id, status as StrategyAction['status']);
      notifySuccess(t('governance.strategy.statusSaved', { title: action.title }));
      strategy.reload();
    } catch (error) {
      notifyError(t, error);
    }
  };

  const card = (a: StrategyAction, prefix: string) => (
    <Card key={a.id} withBorder padding="md" data-testid="strategy-action">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5">
            <Anchor component={Link} href={`/strategy/actions/${a.id}`} inherit>
              {prefix}
              {a.title}
            </Anchor>
          </Title>
          {ability.can('update', asSubject('StrategyAction', a)) ? (
            <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
              <ActionIcon
                variant="subtle"
                aria-label={t('governance.strategy.editAction', { title: a.title })}
                onClick={() => setEditing({ kind: 'action', action: a, axisId: a.axisId })}
              >
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
              <Select
                size="xs"
                w={140}
                style={{ flexShrink: 0 }}
                allowDeselect={false}
                aria-label={t('governance.strategy.statusOf', { title: a.title })}
                data={STRATEGY_STATUSES.map((s) => ({ value: s, label: t(`governance.strategyStatus.${s}`) }))}
                value={a.status}
                onChange={(value) => void setStatus(a, value)}
              />
            </Group>
          ) : (
            <StrategyStatusBadge status={a.status} />
          )}
        </Group>
        <Text size="sm">{a.content}</Text>
        <Group gap={6}>
          {a.targetPublic.map((p) => (
            <Badge key={p} variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
              {p}
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {[
            a.personDaysPerMonth !== null
              ? t('governance.strategy.personDays', { n: a.personDaysPerMonth })
              : t('governance.strategy.personDaysUnknown'),
            a.involvesCopil ? t('governance.strategy.copil') : null,
            a.groupIds.length ? t('governance.strategy.groups', { n: a.groupIds.length }) : null,
            a.grantIds.length ? t('governance.strategy.grants', { n: a.grantIds.length }) : null,
            a.splitIds.length ? t('governance.strategy.splits', { n: a.splitIds.length }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {a.decisions.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" fw={600}>
              {t('governance.strategy.decisions')}
            </Text>
            {a.decisions.map((d) => (
              <Anchor key={d.id} component={Link} href={`/decisions/${d.id}`} size="xs">
                n° {d.number} — {d.title}
              </Anchor>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );

  return (
    <>
      <PageHeader
        title={t('nav.strategy')}
        description={t('governance.strategy.intro')}
        actions={
          <Group gap="xs">
            {ability.can('create', 'StrategyAxis') && (
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setEditing({ kind: 'axis' })}
              >
                {t('governance.strategy.newAxis')}
              </Button>
            )}
            {ability.can('create', 'StrategyAction') && (
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setEditing({ kind: 'action', axisId: null })}
              >
                {t('governance.strategy.newAction')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="xl">
        {strategy.data.axes.map((axis) => (
          <section key={axis.id} aria-labelledby={`axis-${axis.number}`}>
            <Group gap="xs" mb="sm">
              <Title order={2} size="h3" id={`axis-${axis.number}`}>
                {t('governance.strategy.axis', { n: axis.number })} — {axis.title}
              </Title>
              {canEditAxes && (
                <ActionIcon
                  variant="subtle"
                  aria-label={t('governance.strategy.editAxis', { n: axis.number })}
                  onClick={() => setEditing({ kind: 'axis', axis })}
                >
                  <IconPencil size={16} aria-hidden />
                </ActionIcon>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {axis.actions.map((a) => card(a, `${axis.number}.${a.number ?? ''} `))}
            </SimpleGrid>
          </section>
        ))}
        {strategy.data.transversal.length > 0 && (
          <section aria-labelledby="transversal">
            <Title order={2} size="h3" mb="sm" id="transversal">
              {t('governance.strategy.transversal')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }}>{strategy.data.transversal.map((a) => card(a, ''))}</SimpleGrid>
          </section>
        )}
      </Stack>
      <Modal
        opened={Boolean(editing)}
        onClose={() => setEditing(undefined)}
        size={editing?.kind === 'action' ? 'xl' : 'md'}
        title={
          editing?.kind === 'axis'
            ? editing.axis
              ? t('governance.strategy.editAxis', { n: editing.axis.number })
              : t('governance.strategy.newAxis')
            : editing?.action
              ? t('governance.strategy.editAction', { title: editing.action.title })
              : t('governance.strategy.newAction')
        }
      >
        {editing?.kind === 'axis' && (
          <StrategyAxisForm
            axis={editing.axis}
            onCancel={() => setEditing(undefined)}
            onSaved={() => saved(t('governance.strategy.axisSaved'))}
          />
        )}
        {editing?.kind === 'action' && (
          <StrategyActionForm
            strategy={strategy.data}
            action={editing.action}
            axisId={editing.axisId}
            onCancel={() => setEditing(undefined)}
            onSaved={(a) => saved(t('governance.strategy.actionSaved', { title: a.title }))}
          />
        )}
      </Modal>
    </>
  );
}
