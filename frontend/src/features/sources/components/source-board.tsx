'use client';

import Link from 'next/link';
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Board } from '@/components/board';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { sourcesApi } from '../api';
import { ONBOARDING_STEPS, type OnboardingStep, type Source } from '../types';
import { HealthBadge } from './source-badges';

interface Props {
  sources: Source[];
  onSources: (sources: Source[]) => void;
}

/**
 * The sources by onboarding step. A move records the step through the same route as the source's page: the one in
 * charge stays, the due day is cleared (it was the day of the step just reached).
 */
export function SourceBoard({ sources, onSources }: Props) {
  const t = useT();
  const ability = useAppAbility();
  const move = async (source: Source, step: OnboardingStep) => {
    onSources(sources.map((s) => (s.id === source.id ? { ...s, step } : s)));
    try {
      const saved = await sourcesApi.moveStep(source.id, {
        step,
        note: null,
        nextStepDueOn: null,
        nextStepOwnerId: source.nextStepOwnerId,
      });
      onSources(sources.map((s) => (s.id === source.id ? saved : s)));
      notifySuccess(t('sources.moved', { name: source.name, step: t(`sources.step.${step}`) }));
    } catch (error) {
      onSources(sources);
      notifyError(t, error);
    }
  };
  return (
    <Board
      columns={ONBOARDING_STEPS}
      columnLabel={(step) => t(`sources.step.${step}`)}
      items={sources}
      itemId={(s) => s.id}
      itemName={(s) => s.name}
      columnOf={(s) => s.step}
      canMove={(s) => ability.can('update', asSubject('Source', s))}
      onMove={(s, step) => void move(s, step)}
      title={(s) => (
        <Anchor component={Link} href={`/sources/${s.id}`} fw={600} size="sm">
          {s.name}
        </Anchor>
      )}
      details={(s) => <SourceCardDetails source={s} />}
      testId="source-board"
      cardTestId="source-card"
    />
  );
}

function SourceCardDetails({ source: s }: { source: Source }) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      <Text size="xs" c="dimmed" mt={2}>
        {s.organisationName ?? s.partnerName}
      </Text>
      {(s.nextStepOwnerName !== null || s.nextStepDueOn !== null) && (
        <Text size="xs" mt={4}>
          {t('sources.nextStepBy', {
            name: s.nextStepOwnerName ?? '—',
            date: s.nextStepDueOn ? format.date(s.nextStepDueOn) : '—',
          })}
        </Text>
      )}
      <Group gap={4} mt={4}>
        <HealthBadge health={s.health} />
        {s.stepOverdue && (
          <Badge color="red" variant="outline" size="sm" data-testid="card-overdue">
            {t('sources.overdue')}
          </Badge>
        )}
      </Group>
    </>
  );
}
