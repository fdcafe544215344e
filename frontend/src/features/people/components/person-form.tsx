'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { OrganisationSelect } from '@/features/organisations/components/organisation-select';
import { peopleApi } from '../api';
import { personFormValues, personSchema, type PersonFormValues } from '../schemas';
import { MEMBERSHIP_ROLES, type Person, type PersonInput } from '../types';

/** Creates a person, or edits the one given, with their memberships of organisations. */
export function PersonForm({ person }: { person?: Person }) {
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
  } = useForm<PersonFormValues, unknown, PersonInput>({
    resolver: zodResolver(personSchema),
    defaultValues: personFormValues(person),
  });
  const memberships = useFieldArray({ control, name: 'memberships' });
  // An error about the set as a whole (e.g. the same organisation twice), not one row.
  const membershipsError = fieldError(errors.memberships?.root ?? errors.memberships);
  // Names of organisations already linked, so their selects show a label before any search.
  const known = person?.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName })) ?? [];

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const saved = person ? await peopleApi.update(person.id, values) : await peopleApi.create(values);
        notifySuccess(
          t(person ? 'people.updated' : 'people.created', { name: `${saved.firstName} ${saved.lastName}` }),
        );
        router.push(`/people/${saved.id}`);
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="person-form">
      <Stack gap="lg" maw={880}>
        <FormAlert message={formError} />
        <Fieldset legend={t('people.section.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('people.field.firstName')}
              required
              error={fieldError(errors.firstName)}
              {...register('firstName')}
            />
            <TextInput
              label={t('people.field.lastName')}
              required
              error={fieldError(errors.lastName)}
              {...register('lastName')}
            />
            <TextInput
              type="email"
              label={t('people.field.email')}
              error={fieldError(errors.email)}
              {...register('email')}
            />
            <TextInput
              type="tel"
              label={t('people.field.phone')}
              error={fieldError(errors.phone)}
              {...register('phone')}
            />
          </SimpleGrid>
          <Textarea
            mt="md"
            label={t('people.field.notes')}
            autosize
            minRows={2}
            maxRows={8}
            error={fieldError(errors.notes)}
            {...register('notes')}
          />
        </Fieldset>

        <Fieldset legend={t('people.section.memberships')}>
          <Stack>
            {memberships.fields.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('people.noMemberships')}
              </Text>
            )}
            {memberships.fields.map((item, index) => (
              <Group key={item.id} align="flex-start" data-testid="membership-row">
                <Controller
                  control={control}
                  name={`memberships.${index}.organisationId`}
                  render={({ field }) => (
                    <OrganisationSelect
                      style={{ flex: '2 1 16rem' }}
                      label={t('people.field.organisation')}
                      required
                      known={known}
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? '')}
                      onBlur={field.onBlur}
                      ref={field.ref}
                      error={fieldError(errors.memberships?.[index]?.organisationId)}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name={`memberships.${index}.role`}
                  render={({ field }) => (
                    <Select
                      style={{ flex: '1 1 10rem' }}
                      label={t('people.field.role')}
                      required
                      data={MEMBERSHIP_ROLES.map((role) => ({ value: role, label: t(`people.role.${role}`) }))}
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? '')}
                      onBlur={field.onBlur}
                      ref={field.ref}
                      error={fieldError(errors.memberships?.[index]?.role)}
                    />
                  )}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  size="lg"
                  onClick={() => memberships.remove(index)}
                  aria-label={t('people.removeMembership', { n: index + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {membershipsError && (
              <Text size="sm" c="red">
                {membershipsError}
              </Text>
            )}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => memberships.append({ organisationId: '', role: '' })}
                data-testid="membership-add"
              >
                {t('people.addMembership')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Group>
          <Button type="submit" loading={isSubmitting} data-testid="person-submit">
            {t(person ? 'common.save' : 'people.create')}
          </Button>
          <Button variant="default" component={Link} href={person ? `/people/${person.id}` : '/people'}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
