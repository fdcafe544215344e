'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, SimpleGrid, Stack } from '@mantine/core';
import { useLocale, useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { grantsApi } from '../api';
import { todayInParis } from '../dates';
import { grantFormValues, grantSchema, newGrantSchema, type GrantFormValues } from '../schemas';
import { INITIAL_STATUSES, type GrantDetail, type GrantInput } from '../types';
import { DateField, EnumField, MoneyField, NotesField, TextField } from '@/components/form-fields';
import { FunderSelect } from './funder-select';

/**
 * Records a grant or a call for projects, or edits the one given. A new one starts as a prospect, or at the status it
 * has already reached (an application sent last week, a decision to record); later moves go through the status button.
 */
export function GrantForm({ grant, funderId }: { grant?: GrantDetail; funderId?: string }) {
  const t = useT();
  const [locale] = useLocale();
  const router = useRouter();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const form = useForm<GrantFormValues, unknown, GrantInput>({
    resolver: zodResolver(grant ? grantSchema : newGrantSchema) as never,
    defaultValues: grantFormValues(locale, todayInParis(), grant, funderId),
  });
  const status = useWatch({ control: form.control, name: 'status' });
  const showGranted = Boolean(grant?.grantedOn) || status === 'granted';

  const onSubmit = form.handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const saved = grant ? await grantsApi.update(grant.id, values) : await grantsApi.create(values);
        notifySuccess(t(grant ? 'funding.grant.updated' : 'funding.grant.created', { title: saved.title }));
        router.push(`/funding/grants/${saved.id}`);
      } catch (error) {
        applyApiFieldErrors(error, form.setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="grant-form">
      <Stack gap="lg" maw={880}>
        <FormAlert message={formError} />
        <Fieldset legend={t('funding.grant.section.identity')}>
          <Stack>
            <Controller
              control={form.control}
              name="funderId"
              render={({ field }) => (
                <FunderSelect
                  label={t('funding.grant.field.funder')}
                  required
                  known={grant ? [{ value: grant.funder.id, label: grant.funder.name }] : []}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={fieldError(form.formState.errors.funderId)}
                  data-testid="grant-funder"
                />
              )}
            />
            <TextField form={form} name="title" label={t('funding.grant.field.title')} required />
            <TextField
              form={form}
              name="reference"
              label={t('funding.grant.field.reference')}
              description={t('funding.grant.help.reference')}
            />
            {!grant && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <EnumField
                  form={form}
                  name="status"
                  label={t('funding.grant.field.initialStatus')}
                  required
                  values={INITIAL_STATUSES}
                  prefix="funding.status."
                  testId="grant-initial-status"
                />
                <DateField form={form} name="statusOn" label={t('funding.grant.field.statusOn')} required />
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('funding.grant.section.money')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <MoneyField
              form={form}
              name="amountRequestedCents"
              label={t('funding.grant.field.amountRequested')}
              required
            />
            {showGranted && (
              <MoneyField
                form={form}
                name="amountGrantedCents"
                label={t('funding.grant.field.amountGranted')}
                required
              />
            )}
            <MoneyField
              form={form}
              name="ownFundsCents"
              label={t('funding.grant.field.ownFunds')}
              description={t('funding.grant.help.ownFunds')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('funding.grant.section.dates')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField form={form} name="startsOn" label={t('funding.grant.field.startsOn')} />
            <DateField form={form} name="endsOn" label={t('funding.grant.field.endsOn')} />
            <DateField form={form} name="applicationDeadline" label={t('funding.grant.field.applicationDeadline')} />
            <DateField
              form={form}
              name="agreementSignedOn"
              label={t('funding.grant.field.agreementSignedOn')}
              description={t('funding.grant.help.agreement')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('funding.grant.section.signatory')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField form={form} name="signatoryName" label={t('funding.grant.field.signatoryName')} />
            <TextField form={form} name="signatoryRole" label={t('funding.grant.field.signatoryRole')} />
          </SimpleGrid>
        </Fieldset>
        <NotesField form={form} name="notes" label={t('funding.grant.field.notes')} />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting} data-testid="grant-submit">
            {t(grant ? 'common.save' : 'funding.grant.create')}
          </Button>
          <Button variant="default" component={Link} href={grant ? `/funding/grants/${grant.id}` : '/funding'}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
