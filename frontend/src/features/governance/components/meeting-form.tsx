'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Controller, useFieldArray, useForm, type UseFormSetError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { meetingsApi } from '../api';
import { meetingFormValues, meetingSchema, type MeetingFormValues } from '../schemas';
import { MEETING_KINDS, type Meeting, type MeetingInput } from '../types';
import { AttendeeRow } from './attendee-row';
import { RichTextField } from '@/components/rich-text';

/** The API says `startsAt`/`endsAt`; the form asks for a day and two times. */
const FIELD_OF: Record<string, string> = { startsAt: 'startTime', endsAt: 'endTime' };

/** Creates a meeting, or edits the one given: details, agenda, attendees and attendance, documents, minutes. */
export function MeetingForm({ meeting }: { meeting?: Meeting }) {
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
  } = useForm<MeetingFormValues, unknown, MeetingInput>({
    resolver: zodResolver(meetingSchema),
    defaultValues: meetingFormValues(meeting),
  });
  const agenda = useFieldArray({ control, name: 'agenda' });
  const attendees = useFieldArray({ control, name: 'attendees' });
  const documents = useFieldArray({ control, name: 'documents' });
  const known = meeting?.attendees.map((a) => ({ value: a.personId, label: `${a.firstName} ${a.lastName}` })) ?? [];

  // API field paths onto the form's own fields.
  const toFormField: UseFormSetError<MeetingFormValues> = (path, e, o) =>
    setError((FIELD_OF[path] ?? path) as typeof path, e, o);

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const saved = meeting ? await meetingsApi.update(meeting.id, values) : await meetingsApi.create(values);
        notifySuccess(t(meeting ? 'governance.meeting.updated' : 'governance.meeting.created', { title: saved.title }));
        router.push(`/meetings/${saved.id}`);
      } catch (error) {
        applyApiFieldErrors(error, toFormField);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="meeting-form">
      <Stack gap="lg" maw={960}>
        <FormAlert message={formError} />
        <Fieldset legend={t('governance.meeting.section.details')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={control}
                name="kind"
                render={({ field }) => (
                  <Select
                    label={t('governance.meeting.field.kind')}
                    required
                    allowDeselect={false}
                    data={MEETING_KINDS.map((k) => ({ value: k, label: t(`governance.kind.${k}`) }))}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    error={fieldError(errors.kind)}
                    data-testid="meeting-kind"
                  />
                )}
              />
              <TextInput
                label={t('governance.meeting.field.title')}
                required
                error={fieldError(errors.title)}
                {...register('title')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DayInput
                label={t('governance.meeting.field.day')}
                required
                error={fieldError(errors.day)}
                {...register('day')}
              />
              <TextInput
                type="time"
                label={t('governance.meeting.field.startTime')}
                required
                error={fieldError(errors.startTime)}
                {...register('startTime')}
              />
              <TextInput
                type="time"
                label={t('governance.meeting.field.endTime')}
                required
                error={fieldError(errors.endTime)}
                {...register('endTime')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('governance.meeting.field.place')}
                error={fieldError(errors.place)}
                {...register('place')}
              />
              <TextInput
                type="url"
                label={t('governance.meeting.field.videoLink')}
                placeholder="https://"
                error={fieldError(errors.videoLink)}
                {...register('videoLink')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('governance.meeting.section.agenda')}>
          <Stack>
            {agenda.fields.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('governance.meeting.noAgenda')}
              </Text>
            )}
            {agenda.fields.map((item, index) => (
              <Group key={item.id} align="flex-start" data-testid="agenda-row">
                <TextInput
                  style={{ flex: '3 1 16rem' }}
                  label={t('governance.agenda.title', { n: index + 1 })}
                  required
                  error={fieldError(errors.agenda?.[index]?.title)}
                  {...register(`agenda.${index}.title`)}
                />
                <TextInput
                  style={{ flex: '3 1 16rem' }}
                  label={t('governance.agenda.details')}
                  error={fieldError(errors.agenda?.[index]?.details)}
                  {...register(`agenda.${index}.details`)}
                />
                <TextInput
                  style={{ flex: '1 1 6rem' }}
                  inputMode="numeric"
                  label={t('governance.agenda.minutes')}
                  error={fieldError(errors.agenda?.[index]?.durationMinutes)}
                  {...register(`agenda.${index}.durationMinutes`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  size="lg"
                  onClick={() => agenda.remove(index)}
                  aria-label={t('governance.agenda.remove', { n: index + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => agenda.append({ title: '', details: '', durationMinutes: '' })}
                data-testid="agenda-add"
              >
                {t('governance.agenda.add')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('governance.meeting.section.attendees')}>
          <Stack>
            {attendees.fields.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('governance.meeting.noAttendees')}
              </Text>
            )}
            {attendees.fields.map((item, index) => (
              <AttendeeRow
                key={item.id}
                index={index}
                control={control}
                errors={errors}
                known={known}
                onRemove={() => attendees.remove(index)}
              />
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => attendees.append({ personId: '', organisationId: '', status: 'invited' })}
                data-testid="attendee-add"
              >
                {t('governance.attendee.add')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('governance.meeting.section.documents')}>
          <Stack>
            {documents.fields.map((item, index) => (
              <Group key={item.id} align="flex-start">
                <TextInput
                  style={{ flex: '2 1 12rem' }}
                  label={t('governance.document.label')}
                  required
                  error={fieldError(errors.documents?.[index]?.label)}
                  {...register(`documents.${index}.label`)}
                />
                <TextInput
                  style={{ flex: '3 1 16rem' }}
                  type="url"
                  label={t('governance.document.url')}
                  placeholder="https://"
                  required
                  error={fieldError(errors.documents?.[index]?.url)}
                  {...register(`documents.${index}.url`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  size="lg"
                  onClick={() => documents.remove(index)}
                  aria-label={t('governance.document.remove', { n: index + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => documents.append({ label: '', url: '' })}
              >
                {t('governance.document.add')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Controller
          control={control}
          name="minutes"
          render={({ field }) => (
            <RichTextField
              label={t('governance.meeting.field.minutes')}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.minutes)}
              testId="meeting-minutes"
            />
          )}
        />

        <Group>
          <Button type="submit" loading={isSubmitting} data-testid="meeting-submit">
            {t(meeting ? 'common.save' : 'governance.meeting.create')}
          </Button>
          <Button variant="default" component={Link} href={meeting ? `/meetings/${meeting.id}` : '/meetings'}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
