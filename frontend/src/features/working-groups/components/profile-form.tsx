'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { volunteersApi } from '../api';
import { offerFormValues, offerSchema, type OfferFormValues } from '../schemas';
import type { Volunteer, VolunteerOffer } from '../types';
import { OfferFields } from './offer-fields';

export function ProfileForm({ volunteer, onSaved }: { volunteer: Volunteer; onSaved: (v: Volunteer) => void }) {
  const t = useT();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<OfferFormValues, unknown, VolunteerOffer>({
    resolver: zodResolver(offerSchema),
    defaultValues: offerFormValues(volunteer.profile),
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const saved = await volunteersApi.update(volunteer.personId, values);
        // The saved profile becomes the form's new baseline, so the button stays off until the next change.
        reset(offerFormValues(saved.profile));
        onSaved(saved);
        notifySuccess(t('volunteers.saved', { name: `${volunteer.firstName} ${volunteer.lastName}` }));
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="profile-form">
      <Stack>
        <FormAlert message={formError} />
        <OfferFields control={control} register={register} errors={errors} />
        <Group>
          <Button type="submit" loading={isSubmitting} disabled={!isDirty} data-testid="profile-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
