'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Autocomplete,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { organisationsApi } from '../api';
import { organisationFormValues, organisationSchema, type OrganisationFormValues } from '../schemas';
import { MEMBERSHIP_STATUSES, ORGANISATION_KINDS, type Organisation, type OrganisationInput } from '../types';

/** Creates an organisation, or edits the one given. */
export function OrganisationForm({ organisation }: { organisation?: Organisation }) {
  const t = useT();
  const router = useRouter();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const territories = useApiData((signal) => organisationsApi.territories(signal), []);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<OrganisationFormValues, unknown, OrganisationInput>({
    resolver: zodResolver(organisationSchema),
    defaultValues: organisationFormValues(organisation),
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const saved = organisation
          ? await organisationsApi.update(organisation.id, values)
          : await organisationsApi.create(values);
        notifySuccess(t(organisation ? 'organisations.updated' : 'organisations.created', { name: saved.name }));
        router.push(`/organisations/${saved.id}`);
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  const dateField = (name: 'candidateSince' | 'memberSince' | 'formerSince' | 'charterSignedOn') => (
    <DayInput label={t(`organisations.field.${name}`)} error={fieldError(errors[name])} {...register(name)} />
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="organisation-form">
      <Stack gap="lg" maw={880}>
        <FormAlert message={formError} />
        <Fieldset legend={t('organisations.section.identity')}>
          <Stack>
            <TextInput
              label={t('organisations.field.name')}
              required
              error={fieldError(errors.name)}
              {...register('name')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={control}
                name="kind"
                render={({ field }) => (
                  <Select
                    label={t('organisations.field.kind')}
                    required
                    placeholder={t('common.choose')}
                    data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisations.kind.${kind}`) }))}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    name={field.name}
                    error={fieldError(errors.kind)}
                    data-testid="organisation-kind"
                  />
                )}
              />
              <Controller
                control={control}
                name="territory"
                render={({ field }) => (
                  <Autocomplete
                    label={t('organisations.field.territory')}
                    description={t('organisations.help.territory')}
                    data={territories.data ?? []}
                    {...field}
                    error={fieldError(errors.territory)}
                  />
                )}
              />
              <TextInput
                label={t('organisations.field.postcode')}
                error={fieldError(errors.postcode)}
                data-testid="organisation-postcode"
                {...register('postcode')}
              />
              <TextInput
                label={t('organisations.field.siren')}
                description={t('organisations.help.siren')}
                error={fieldError(errors.siren)}
                data-testid="organisation-siren"
                {...register('siren')}
              />
              <TextInput
                label={t('organisations.field.rna')}
                description={t('organisations.help.rna')}
                error={fieldError(errors.rna)}
                data-testid="organisation-rna"
                {...register('rna')}
              />
            </SimpleGrid>
            <Textarea
              label={t('organisations.field.description')}
              autosize
              minRows={3}
              maxRows={10}
              error={fieldError(errors.description)}
              {...register('description')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('organisations.section.membership')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={control}
                name="membershipStatus"
                render={({ field }) => (
                  <Select
                    label={t('organisations.field.membershipStatus')}
                    required
                    data={MEMBERSHIP_STATUSES.map((status) => ({
                      value: status,
                      label: t(`organisations.status.${status}`),
                    }))}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    name={field.name}
                    allowDeselect={false}
                    error={fieldError(errors.membershipStatus)}
                  />
                )}
              />
              {dateField('charterSignedOn')}
              {dateField('candidateSince')}
              {dateField('memberSince')}
              {dateField('formerSince')}
            </SimpleGrid>
            <Checkbox
              label={t('organisations.field.hasCopilSeat')}
              error={fieldError(errors.hasCopilSeat)}
              {...register('hasCopilSeat')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('organisations.section.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="url"
              label={t('organisations.field.website')}
              placeholder="https://"
              error={fieldError(errors.website)}
              {...register('website')}
            />
            <TextInput
              type="email"
              label={t('organisations.field.contactEmail')}
              error={fieldError(errors.contactEmail)}
              {...register('contactEmail')}
            />
            <TextInput
              type="tel"
              label={t('organisations.field.contactPhone')}
              error={fieldError(errors.contactPhone)}
              {...register('contactPhone')}
            />
          </SimpleGrid>
        </Fieldset>

        <Group>
          <Button type="submit" loading={isSubmitting} data-testid="organisation-submit">
            {t(organisation ? 'common.save' : 'organisations.create')}
          </Button>
          <Button
            variant="default"
            component={Link}
            href={organisation ? `/organisations/${organisation.id}` : '/organisations'}
          >
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
