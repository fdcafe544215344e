'use client';

import { SimpleGrid } from '@mantine/core';
import { useLocale, useT } from '@/lib/i18n/provider';
import { notifySuccess } from '@/lib/notify';
import { CheckboxField, DateField, MoneyField, NotesField, TextField } from '@/components/form-fields';
import { ModalForm } from '@/components/modal-form';
import { donationsApi } from '../api';
import { campaignFormValues, campaignSchema } from '../schemas';
import type { Campaign } from '../types';

/** Creates a campaign, or edits the one given: its goal, dates, public page and HelloAsso form. */
export function CampaignForm({
  campaign,
  opened,
  onClose,
  onSaved,
}: {
  campaign?: Campaign;
  opened: boolean;
  onClose: () => void;
  onSaved: (saved: Campaign) => void;
}) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t(campaign ? 'donations.campaign.edit' : 'donations.campaign.new')}
      schema={campaignSchema}
      defaultValues={campaignFormValues(locale, campaign)}
      submitLabel={t('common.save')}
      testId="campaign-form"
      onSubmit={async (values) => {
        const saved = campaign
          ? await donationsApi.updateCampaign(campaign.id, values)
          : await donationsApi.createCampaign(values);
        notifySuccess(t(campaign ? 'donations.campaign.updated' : 'donations.campaign.created', { name: saved.name }));
        onSaved(saved);
      }}
    >
      {(form) => (
        <>
          <TextField form={form} name="name" label={t('donations.campaign.field.name')} required />
          <TextField
            form={form}
            name="slug"
            label={t('donations.campaign.field.slug')}
            description={t('donations.campaign.field.slugHelp')}
            required
          />
          <NotesField form={form} name="description" label={t('donations.campaign.field.description')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <MoneyField form={form} name="goalCents" label={t('donations.campaign.field.goal')} />
            <DateField form={form} name="startsOn" label={t('donations.campaign.field.startsOn')} />
            <DateField form={form} name="endsOn" label={t('donations.campaign.field.endsOn')} />
          </SimpleGrid>
          <CheckboxField form={form} name="publicPage" label={t('donations.campaign.field.publicPage')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField form={form} name="helloassoFormType" label={t('donations.campaign.field.helloassoFormType')} />
            <TextField form={form} name="helloassoFormSlug" label={t('donations.campaign.field.helloassoFormSlug')} />
          </SimpleGrid>
        </>
      )}
    </ModalForm>
  );
}
