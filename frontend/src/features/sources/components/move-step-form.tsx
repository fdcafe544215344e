'use client';

import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, TextInput, Title } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { sourcesApi } from '../api';
import { ONBOARDING_STEPS, type OnboardingStep, type Source } from '../types';

/** Records the step a source has reached (forward or back), with a note and when the next one is expected. */
export function MoveStepForm({ source, onMoved }: { source: Source; onMoved: (saved: Source) => void }) {
  const t = useT();
  const [step, setStep] = useState<OnboardingStep>(source.step);
  const [note, setNote] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await sourcesApi.moveStep(source.id, {
        step,
        note: note || null,
        nextStepDueOn: dueOn || null,
        nextStepOwnerId: source.nextStepOwnerId,
      });
      notifySuccess(t('sources.moved', { name: source.name, step: t(`sources.step.${step}`) }));
      setNote('');
      onMoved(saved);
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void submit(e)} data-testid="source-move-step">
      <Title order={2} size="h4" mb="sm">
        {t('sources.move.title')}
      </Title>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('sources.move.step')}
          data={ONBOARDING_STEPS.map((s) => ({ value: s, label: t(`sources.step.${s}`) }))}
          value={step}
          onChange={(e) => setStep(e.currentTarget.value as OnboardingStep)}
          data-testid="move-step-select"
        />
        <TextInput
          label={t('sources.move.note')}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <DayInput label={t('sources.move.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        <Button type="submit" loading={busy} disabled={step === source.step} data-testid="move-step-submit">
          {t('sources.move.submit')}
        </Button>
      </Group>
    </Paper>
  );
}
