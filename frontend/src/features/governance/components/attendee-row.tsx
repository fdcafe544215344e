'use client';

import { ActionIcon, Group, Select } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Controller, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import { useFieldError } from '@/components/form-error';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { peopleApi } from '@/features/people/api';
import { PersonSelect } from '@/features/people/components/person-select';
import type { MeetingFormValues } from '../schemas';
import { ATTENDANCE_STATUSES, type MeetingInput } from '../types';

interface AttendeeRowProps {
  index: number;
  control: Control<MeetingFormValues, unknown, MeetingInput>;
  errors: FieldErrors<MeetingFormValues>;
  known: { value: string; label: string }[];
  onRemove: () => void;
}

/** One attendee: the person, the organisation they represent (one of theirs), their attendance. */
export function AttendeeRow({ index, control, errors, known, onRemove }: AttendeeRowProps) {
  const t = useT();
  const fieldError = useFieldError();
  const personId = useWatch({ control, name: `attendees.${index}.personId` });
  const person = useApiData(
    (signal) => (personId ? peopleApi.get(personId, signal) : Promise.resolve(undefined)),
    [personId],
  );
  const organisations =
    person.data?.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName })) ?? [];
  const unique = [...new Map(organisations.map((o) => [o.value, o])).values()];
  const rowErrors = errors.attendees?.[index];

  return (
    <Group align="flex-start" wrap="wrap" data-testid="attendee-row">
      <Controller
        control={control}
        name={`attendees.${index}.personId`}
        render={({ field }) => (
          <PersonSelect
            style={{ flex: '2 1 14rem' }}
            label={t('governance.attendee.person')}
            required
            known={known}
            value={field.value || null}
            onChange={(value) => field.onChange(value ?? '')}
            onBlur={field.onBlur}
            ref={field.ref}
            error={fieldError(rowErrors?.personId)}
            data-testid="attendee-person"
          />
        )}
      />
      <Controller
        control={control}
        name={`attendees.${index}.organisationId`}
        render={({ field }) => (
          <Select
            style={{ flex: '2 1 12rem' }}
            label={t('governance.attendee.organisation')}
            placeholder={unique.length ? t('common.choose') : t('governance.attendee.noOrganisation')}
            clearable
            data={unique}
            value={field.value || null}
            onChange={(value) => field.onChange(value ?? '')}
            error={fieldError(rowErrors?.organisationId)}
          />
        )}
      />
      <Controller
        control={control}
        name={`attendees.${index}.status`}
        render={({ field }) => (
          <Select
            style={{ flex: '1 1 9rem' }}
            label={t('governance.attendee.status')}
            allowDeselect={false}
            data={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`governance.attendance.${s}`) }))}
            value={field.value}
            onChange={(value) => field.onChange(value ?? 'invited')}
          />
        )}
      />
      <ActionIcon
        variant="subtle"
        color="red"
        mt={26}
        size="lg"
        onClick={onRemove}
        aria-label={t('governance.attendee.remove', { n: index + 1 })}
      >
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
