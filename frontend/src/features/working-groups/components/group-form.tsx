'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { groupsApi } from '../api';
import { groupFormValues, groupSchema, type GroupFormValues } from '../schemas';
import { GROUP_STATUSES, type WorkingGroup, type WorkingGroupInput } from '../types';

/** Creates a group, or edits the one given (its leads keep the links current). */
export function GroupForm({ group }: { group?: WorkingGroup }) {
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
  } = useForm<GroupFormValues, unknown, WorkingGroupInput>({
    resolver: zodResolver(groupSchema),
    defaultValues: groupFormValues(group),
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const saved = group ? await groupsApi.update(group.id, values) : await groupsApi.create(values);
        notifySuccess(t(group ? 'groups.updated' : 'groups.created', { name: saved.name }));
        router.push(`/working-groups/${saved.id}`);
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="group-form">
      <Stack gap="lg" maw={880}>
        <FormAlert message={formError} />
        <Fieldset legend={t('groups.section.about')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('groups.field.name')}
                required
                error={fieldError(errors.name)}
                {...register('name')}
              />
              <Controller
                control={control}
                name="status"
                render={({ field }) => (
                  <Select
                    label={t('groups.field.status')}
                    required
                    allowDeselect={false}
                    data={GROUP_STATUSES.map((s) => ({ value: s, label: t(`groups.status.${s}`) }))}
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? 'active')}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    name={field.name}
                    error={fieldError(errors.status)}
                  />
                )}
              />
            </SimpleGrid>
            <Textarea
              label={t('groups.field.mission')}
              autosize
              minRows={3}
              maxRows={10}
              error={fieldError(errors.mission)}
              {...register('mission')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('groups.section.links')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="email"
              label={t('groups.field.mailingList')}
              description={t('groups.help.mailingList')}
              error={fieldError(errors.mailingList)}
              {...register('mailingList')}
            />
            <TextInput
              type="url"
              label={t('groups.field.chatChannel')}
              description={t('groups.help.chatChannel')}
              placeholder="https://"
              error={fieldError(errors.chatChannel)}
              {...register('chatChannel')}
            />
            <TextInput
              label={t('groups.field.meetingRhythm')}
              description={t('groups.help.meetingRhythm')}
              error={fieldError(errors.meetingRhythm)}
              {...register('meetingRhythm')}
            />
            <Controller
              control={control}
              name="welcomeWithinDays"
              render={({ field }) => (
                <NumberInput
                  label={t('groups.field.welcomeWithinDays')}
                  description={t('groups.help.welcomeWithinDays')}
                  min={1}
                  max={90}
                  allowDecimal={false}
                  value={field.value}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                  onBlur={field.onBlur}
                  name={field.name}
                  error={fieldError(errors.welcomeWithinDays)}
                />
              )}
            />
          </SimpleGrid>
        </Fieldset>
        <Group>
          <Button type="submit" loading={isSubmitting} data-testid="group-submit">
            {t(group ? 'common.save' : 'groups.create')}
          </Button>
          <Button variant="default" component={Link} href={group ? `/working-groups/${group.id}` : '/working-groups'}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
