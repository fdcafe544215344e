'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { fundersApi } from '../api';
import { funderFormValues, funderSchema, type FunderFormValues } from '../schemas';
import { FUNDER_KINDS, type FunderDetail, type FunderInput } from '../types';
import { EnumField, NotesField, TextField } from '@/components/form-fields';

/** Creates a funder, or edits the one given, with the people to talk to there. */
export function FunderForm({ funder }: { funder?: FunderDetail }) {
  const t = useT();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<FunderFormValues, unknown, FunderInput>({
    resolver: zodResolver(funderSchema),
    defaultValues: funderFormValues(funder),
  });
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });

  const onSubmit = form.handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const saved = funder ? await fundersApi.update(funder.id, values) : await fundersApi.create(values);
        notifySuccess(t(funder ? 'funding.funder.updated' : 'funding.funder.created', { name: saved.name }));
        router.push(`/funding/funders/${saved.id}`);
      } catch (error) {
        applyApiFieldErrors(error, form.setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="funder-form">
      <Stack gap="lg" maw={880}>
        <FormAlert message={formError} />
        <Fieldset legend={t('funding.funder.section.identity')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextField form={form} name="name" label={t('funding.funder.field.name')} required />
              <EnumField
                form={form}
                name="kind"
                label={t('funding.funder.field.kind')}
                required
                values={FUNDER_KINDS}
                prefix="funding.funderKind."
                testId="funder-kind"
              />
            </SimpleGrid>
            <TextField form={form} name="website" type="url" label={t('funding.funder.field.website')} />
            <NotesField form={form} name="notes" label={t('funding.funder.field.notes')} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('funding.funder.section.contacts')}>
          <Stack>
            {contacts.fields.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('funding.funder.noContacts')}
              </Text>
            )}
            {contacts.fields.map((item, index) => (
              <Group key={item.id} align="flex-start" wrap="nowrap" data-testid="contact-row">
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} style={{ flex: 1 }}>
                  <TextField
                    form={form}
                    name={`contacts.${index}.name`}
                    label={t('funding.funder.contact.name')}
                    required
                  />
                  <TextField form={form} name={`contacts.${index}.role`} label={t('funding.funder.contact.role')} />
                  <TextField
                    form={form}
                    name={`contacts.${index}.email`}
                    type="email"
                    label={t('funding.funder.contact.email')}
                  />
                  <TextField
                    form={form}
                    name={`contacts.${index}.phone`}
                    type="tel"
                    label={t('funding.funder.contact.phone')}
                  />
                </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  size="lg"
                  onClick={() => contacts.remove(index)}
                  aria-label={t('funding.funder.removeContact', { n: index + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => contacts.append({ name: '', role: '', email: '', phone: '' })}
              >
                {t('funding.funder.addContact')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting} data-testid="funder-submit">
            {t(funder ? 'common.save' : 'funding.funder.create')}
          </Button>
          <Button
            variant="default"
            component={Link}
            href={funder ? `/funding/funders/${funder.id}` : '/funding/funders'}
          >
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
