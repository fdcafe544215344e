'use client';

import { useState } from 'react';
import { Controller, useForm, type UseFormSetError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { WorkingGroupSelect } from '@/features/working-groups/components/working-group-select';
import { eventsApi } from '../api';
import { eventSchema, eventValues, newEventValues, type EventFormValues } from '../schemas';
import { AUDIENCES, EVENT_KINDS, EVENT_MODES, type EventInput, type TrainingEvent } from '../types';

/** The API says `startsAt`/`endsAt`; the form asks for a day and two times (Paris). */
const FIELD_OF: Record<string, string> = { startsAt: 'startTime', endsAt: 'endTime' };

/** A training or gathering, new or the one given: its day and times in Paris, its places, who runs it. */
export function EventForm({ event, onSaved }: { event?: TrainingEvent; onSaved: (saved: TrainingEvent) => void }) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EventFormValues, unknown, EventInput>({
    resolver: zodResolver(eventSchema),
    defaultValues: event ? eventValues(event) : newEventValues(),
  });

  // API field paths onto the form's own fields.
  const toFormField: UseFormSetError<EventFormValues> = (path, e, o) =>
    setError((FIELD_OF[path] ?? path) as typeof path, e, o);

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        onSaved(await (event ? eventsApi.update(event.id, values) : eventsApi.create(values)));
      } catch (error) {
        applyApiFieldErrors(error, toFormField);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as never) }));

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="event-form">
      <Stack>
        <FormAlert message={formError} />
        <TextInput label={t('events.field.title')} required {...register('title')} error={fieldError(errors.title)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(['kind', 'mode', 'audience'] as const).map((name) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field }) => (
                <Select
                  label={t(`events.field.${name}`)}
                  data={options({ kind: EVENT_KINDS, mode: EVENT_MODES, audience: AUDIENCES }[name], `events.${name}`)}
                  allowDeselect={false}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  error={fieldError(errors[name])}
                  data-testid={`event-${name}`}
                />
              )}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('events.field.day')}
            required
            {...register('day')}
            error={fieldError(errors.day)}
          />
          <TextInput
            type="time"
            label={t('events.field.startTime')}
            required
            {...register('startTime')}
            error={fieldError(errors.startTime)}
          />
          <TextInput
            type="time"
            label={t('events.field.endTime')}
            required
            {...register('endTime')}
            error={fieldError(errors.endTime)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('events.field.place')} {...register('place')} error={fieldError(errors.place)} />
          <TextInput
            label={t('events.field.videoLink')}
            {...register('videoLink')}
            error={fieldError(errors.videoLink)}
          />
          <Controller
            control={control}
            name="capacity"
            render={({ field }) => (
              <NumberInput
                label={t('events.field.capacity')}
                required
                min={1}
                allowDecimal={false}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                error={fieldError(errors.capacity)}
                data-testid="event-capacity"
              />
            )}
          />
          <TextInput label={t('events.field.trainer')} {...register('trainer')} error={fieldError(errors.trainer)} />
        </SimpleGrid>
        <Controller
          control={control}
          name="groupId"
          render={({ field }) => (
            <WorkingGroupSelect
              label={t('events.field.group')}
              required
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              error={fieldError(errors.groupId)}
              data-testid="event-group"
            />
          )}
        />
        <Checkbox label={t('events.field.registrationOpen')} {...register('registrationOpen')} />
        <Button type="submit" loading={isSubmitting} data-testid="event-submit">
          {t(event ? 'common.save' : 'events.create')}
        </Button>
      </Stack>
    </form>
  );
}
