'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Controller, useForm, type UseFormSetError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { PersonSelect } from '@/features/people/components/person-select';
import { RichTextField } from '@/components/rich-text';
import { missionsApi } from '../api';
import { missionFormValues, missionSchema, type MissionFormValues } from '../schemas';
import type { Mission, MissionInput } from '../types';

/** The API's `dailyRateCents` is the form's `dailyRate` (euros). */
const FIELD_OF: Record<string, string> = { dailyRateCents: 'dailyRate' };

/** Creates a mission, or edits the one given: contractor, job description, period, days per month, daily rate. */
export function MissionForm({ mission }: { mission?: Mission }) {
  const t = useT();
  const router = useRouter();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MissionFormValues, unknown, MissionInput>({
    resolver: zodResolver(missionSchema),
    defaultValues: missionFormValues(mission),
  });
  const known = mission ? [{ value: mission.contractorPersonId, label: mission.contractorName }] : [];

  // API field paths onto the form's own fields.
  const toFormField: UseFormSetError<MissionFormValues> = (path, e, o) =>
    setError((FIELD_OF[path] ?? path) as typeof path, e, o);

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const saved = mission ? await missionsApi.update(mission.id, values) : await missionsApi.create(values);
        notifySuccess(
          t(mission ? 'contractors.mission.updated' : 'contractors.mission.created', { title: saved.title }),
        );
        router.push(`/missions/${saved.id}`);
      } catch (error) {
        applyApiFieldErrors(error, toFormField);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="mission-form">
      <Stack gap="lg" maw={960}>
        <FormAlert message={formError} />
        <Fieldset legend={t('contractors.mission.section.who')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={control}
              name="contractorPersonId"
              render={({ field }) => (
                <PersonSelect
                  label={t('contractors.mission.field.contractor')}
                  required
                  known={known}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={fieldError(errors.contractorPersonId)}
                />
              )}
            />
            <TextInput
              label={t('contractors.mission.field.company')}
              error={fieldError(errors.company)}
              {...register('company')}
            />
          </SimpleGrid>
          <TextInput
            mt="md"
            label={t('contractors.mission.field.title')}
            required
            error={fieldError(errors.title)}
            {...register('title')}
          />
        </Fieldset>
        <Fieldset legend={t('contractors.mission.section.terms')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DayInput
              label={t('contractors.mission.field.startsOn')}
              required
              error={fieldError(errors.startsOn)}
              {...register('startsOn')}
            />
            <DayInput
              label={t('contractors.mission.field.endsOn')}
              required
              error={fieldError(errors.endsOn)}
              {...register('endsOn')}
            />
            <TextInput
              inputMode="decimal"
              label={t('contractors.mission.field.daysPerMonth')}
              required
              error={fieldError(errors.daysPerMonth)}
              {...register('daysPerMonth')}
            />
            <TextInput
              inputMode="decimal"
              label={t('contractors.mission.field.dailyRate')}
              description={t('contractors.mission.help.rate')}
              required
              error={fieldError(errors.dailyRate)}
              {...register('dailyRate')}
            />
            <TextInput
              inputMode="decimal"
              label={t('contractors.mission.field.hoursPerDay')}
              description={t('contractors.mission.help.hoursPerDay')}
              required
              error={fieldError(errors.hoursPerDay)}
              {...register('hoursPerDay')}
            />
          </SimpleGrid>
        </Fieldset>
        <Controller
          control={control}
          name="jobDescription"
          render={({ field }) => (
            <RichTextField
              label={t('contractors.mission.field.jobDescription')}
              required
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.jobDescription)}
            />
          )}
        />
        <Group>
          <Button type="submit" loading={isSubmitting} data-testid="mission-submit">
            {t(mission ? 'common.save' : 'contractors.mission.create')}
          </Button>
          <Button variant="default" component={Link} href={mission ? `/missions/${mission.id}` : '/missions'}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
