'use client';

import { Controller } from 'react-hook-form';
import { Fieldset, Select, SimpleGrid, Stack } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifySuccess } from '@/lib/notify';
import { parisToday } from '@/lib/paris-time';
import { useApiData } from '@/lib/use-api-data';
import { DateField, EnumField, MoneyField, TextField } from '@/components/form-fields';
import { ModalForm } from '@/components/modal-form';
import { donationsApi } from '../api';
import { giftFormValues, giftSchema } from '../schemas';
import { DONOR_KINDS, GIFT_FREQUENCIES, PAYMENT_METHODS, type Gift } from '../types';

/**
 * A cheque, a transfer, cash, entered by hand. From a donor's page the gift is theirs; otherwise the donor is described
 * and the API finds them (same email, SIREN or name) or creates them.
 */
export function GiftForm({
  donorId,
  campaignId,
  opened,
  onClose,
  onSaved,
}: {
  donorId?: string;
  campaignId?: string;
  opened: boolean;
  onClose: () => void;
  onSaved: (saved: Gift) => void;
}) {
  const t = useT();
  const format = useFormat();
  const campaigns = useApiData((signal) => (opened ? donationsApi.campaigns(signal) : Promise.resolve([])), [opened]);
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t('donations.gift.new')}
      schema={giftSchema}
      defaultValues={giftFormValues(parisToday(), donorId, campaignId)}
      submitLabel={t('common.save')}
      testId="gift-form"
      onSubmit={async ({ donorId: known, donor, campaignId: campaign, ...gift }) => {
        const saved = await donationsApi.createGift({
          ...gift,
          ...(known ? { donorId: known } : { donor }),
          campaignId: campaign || null,
        });
        notifySuccess(t('donations.gift.created', { amount: format.cents(saved.amountCents) }));
        onSaved(saved);
      }}
    >
      {(form) => {
        const kind = form.watch('donor.kind');
        return (
          <Stack>
            {!donorId && (
              <Fieldset legend={t('donations.gift.section.donor')}>
                <Stack>
                  <EnumField
                    form={form}
                    name="donor.kind"
                    label={t('donations.donor.field.kind')}
                    required
                    values={DONOR_KINDS}
                    prefix="donations.donorKind."
                  />
                  {kind === 'organisation' ? (
                    <TextField
                      form={form}
                      name="donor.organisationName"
                      label={t('donations.donor.field.organisationName')}
                      required
                    />
                  ) : (
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextField form={form} name="donor.firstName" label={t('donations.donor.field.firstName')} />
                      <TextField
                        form={form}
                        name="donor.lastName"
                        label={t('donations.donor.field.lastName')}
                        required
                      />
                    </SimpleGrid>
                  )}
                  <TextField form={form} name="donor.email" type="email" label={t('donations.donor.field.email')} />
                  <TextField form={form} name="donor.address" label={t('donations.donor.field.address')} />
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextField form={form} name="donor.postcode" label={t('donations.donor.field.postcode')} />
                    <TextField form={form} name="donor.city" label={t('donations.donor.field.city')} />
                  </SimpleGrid>
                </Stack>
              </Fieldset>
            )}
            <Fieldset legend={t('donations.gift.section.gift')}>
              <Stack>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <MoneyField form={form} name="amountCents" label={t('donations.gift.field.amount')} required />
                  <DateField form={form} name="receivedOn" label={t('donations.gift.field.receivedOn')} required />
                  <EnumField
                    form={form}
                    name="paymentMethod"
                    label={t('donations.gift.field.paymentMethod')}
                    required
                    values={PAYMENT_METHODS}
                    prefix="donations.paymentMethod."
                    testId="gift-payment-method"
                  />
                  <EnumField
                    form={form}
                    name="frequency"
                    label={t('donations.gift.field.frequency')}
                    required
                    values={GIFT_FREQUENCIES}
                    prefix="donations.frequency."
                  />
                </SimpleGrid>
                <Controller
                  control={form.control}
                  name="campaignId"
                  render={({ field }) => (
                    <Select
                      label={t('donations.gift.field.campaign')}
                      placeholder={t('donations.gift.field.noCampaign')}
                      clearable
                      data={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? '')}
                    />
                  )}
                />
                <TextField form={form} name="reference" label={t('donations.gift.field.reference')} />
              </Stack>
            </Fieldset>
          </Stack>
        );
      }}
    </ModalForm>
  );
}
