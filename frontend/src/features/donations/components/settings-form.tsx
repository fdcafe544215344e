'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { CheckboxField, TextField } from '@/components/form-fields';
import { donationsApi } from '../api';
import { settingsFormValues, settingsSchema, type SettingsFormValues } from '../schemas';
import type { DonationSettings, DonationSettingsInput } from '../types';

/** Whether the legal entity may issue tax receipts (off on a new install), and what a receipt prints about it. */
export function SettingsForm({
  settings,
  onSaved,
}: {
  settings: DonationSettings;
  onSaved: (saved: DonationSettings) => void;
}) {
  const t = useT();
  const [formError, setFormError] = useState<string>();
  const form = useForm<SettingsFormValues, unknown, DonationSettingsInput>({
    resolver: zodResolver(settingsSchema),
    defaultValues: settingsFormValues(settings),
  });
  const submit = form.handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const saved = await donationsApi.saveSettings(values);
        notifySuccess(t('donations.settings.saved'));
        form.reset(settingsFormValues(saved));
        onSaved(saved);
      } catch (error) {
        applyApiFieldErrors(error, form.setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void submit(e)} noValidate data-testid="settings-form">
      <Title order={2} size="h4" mb="sm">
        {t('donations.settings.title')}
      </Title>
      <Stack>
        <FormAlert message={formError} />
        <CheckboxField
          form={form}
          name="receiptsEnabled"
          label={t('donations.settings.receiptsEnabled')}
          description={t('donations.settings.receiptsEnabledHelp')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField form={form} name="legalName" label={t('donations.settings.legalName')} />
          <TextField form={form} name="legalSiren" label={t('donations.settings.legalSiren')} />
          <TextField form={form} name="legalAddress" label={t('donations.settings.legalAddress')} />
          <TextField form={form} name="legalStatus" label={t('donations.settings.legalStatus')} />
          <TextField form={form} name="signatoryName" label={t('donations.settings.signatoryName')} />
          <TextField form={form} name="signatoryRole" label={t('donations.settings.signatoryRole')} />
        </SimpleGrid>
        <TextField form={form} name="legalObject" label={t('donations.settings.legalObject')} />
        <TextField
          form={form}
          name="recurringGraceDays"
          type="number"
          label={t('donations.settings.recurringGraceDays')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting} data-testid="settings-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
