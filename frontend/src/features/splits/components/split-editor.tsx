'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Grid, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifyError, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { ConfirmButton } from '@/components/confirm-button';
import { splitsApi } from '../api';
import {
  splitFormSchema,
  splitFormValues,
  toParameters,
  toSaveInput,
  type SplitFormOutput,
  type SplitFormValues,
} from '../schemas';
import type { Simulation, SplitDetail } from '../types';
import { useSimulation } from '../use-simulation';
import { ParticipantsFields } from './participants-fields';
import { RuleFields } from './rule-fields';
import { ApproveButton } from './approve-button';
import { SimulationPanel } from './simulation-panel';

/**
 * Creates a split, or edits a draft: the rule form on one side, its result recomputed by the API on the other as
 * the inputs change. A result can be pinned to compare the next ones with it. A saved, unchanged draft can be
 * approved, after a confirmation.
 */
export function SplitEditor({ split, onChange }: { split?: SplitDetail; onChange?: (split: SplitDetail) => void }) {
  const t = useT();
  const router = useRouter();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const [pinned, setPinned] = useState<{ values: SplitFormValues; result: Simulation } | null>(null);
  const form = useForm<SplitFormValues, unknown, SplitFormOutput>({
    resolver: zodResolver(splitFormSchema),
    defaultValues: splitFormValues(split),
  });
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    getValues,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const values = useWatch({ control }) as SplitFormValues;
  const empty = !values.totalCents || values.participants.length === 0;
  const simulation = useSimulation(empty ? null : toParameters(values));

  // Checked by the schema; the body is built from the form's own values, like the simulation's.
  const onSubmit = handleSubmit(
    async () => {
      const v = getValues();
      setFormError(undefined);
      try {
        const saved = split ? await splitsApi.update(split.id, toSaveInput(v)) : await splitsApi.create(toSaveInput(v));
        notifySuccess(t('splits.saved', { title: saved.title }));
        if (split) {
          reset(splitFormValues(saved));
          onChange?.(saved);
        } else {
          router.push(`/splits/${saved.id}`);
        }
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  // A failure stays in the confirmation dialog (ApproveButton shows it).
  const approve = async (copilDecisionId: string | null) => {
    const approved = await splitsApi.approve(split!.id, {
      fingerprint: split!.result?.fingerprint ?? undefined,
      copilDecisionId,
    });
    notifySuccess(t('splits.approved', { title: approved.title }));
    onChange?.(approved);
  };

  const remove = async () => {
    try {
      await splitsApi.remove(split!.id);
      notifySuccess(t('splits.deleted', { title: split!.title }));
      router.push('/splits');
    } catch (error) {
      notifyError(t, error);
    }
  };

  const canApprove = split && !isDirty && split.result && !split.problems;
  return (
    <FormProvider {...form}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="split-form">
        <Stack gap="lg">
          <FormAlert message={formError} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="md">
                <TextInput
                  label={t('splits.field.title')}
                  required
                  error={fieldError(errors.title)}
                  {...register('title')}
                  data-testid="split-title"
                />
                <RuleFields />
                <ParticipantsFields />
                <Textarea
                  label={t('splits.field.notes')}
                  autosize
                  minRows={2}
                  maxRows={8}
                  error={fieldError(errors.notes)}
                  {...register('notes')}
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <SimulationPanel
                simulation={simulation}
                empty={empty}
                pinned={pinned?.result ?? null}
                onPin={() =>
                  simulation.result && setPinned({ values: structuredClone(values), result: simulation.result })
                }
                onUnpin={() => setPinned(null)}
                onRestorePinned={() => pinned && reset(pinned.values, { keepDefaultValues: true })}
              />
            </Grid.Col>
          </Grid>
          <Group>
            <Button
              type="submit"
              loading={isSubmitting}
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              data-testid="split-save"
            >
              {t(split ? 'splits.saveDraft' : 'splits.createDraft')}
            </Button>
            {split && <ApproveButton split={split} disabled={!canApprove} onApprove={approve} />}
            {split && (
              <ConfirmButton
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                title={t('splits.deleteTitle')}
                message={t('splits.deleteConfirm', { title: split.title })}
                confirmLabel={t('splits.delete')}
                onConfirm={remove}
                testId="split-delete"
              >
                {t('splits.delete')}
              </ConfirmButton>
            )}
            <Button variant="default" component={Link} href="/splits">
              {t('common.cancel')}
            </Button>
          </Group>
          {split && isDirty && (
            <Text size="xs" c="dimmed">
              {t('splits.saveBeforeApprove')}
            </Text>
          )}
        </Stack>
      </form>
    </FormProvider>
  );
}
