'use client';

import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, type Control, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { useFieldError } from '@/components/form-error';
import { useT } from '@/lib/i18n/provider';
import { CampaignSelect } from '@/features/donations/components/campaign-select';
import { OrganisationMultiSelect } from '@/features/organisations/components/organisation-select';
import type { IssueFormValues } from '../schemas';
import type { BlockType, IssueInput } from '../types';
import { RichTextInput } from './rich-text-input';

type Errors = Record<string, { message?: unknown; root?: { message?: unknown } } | undefined>;

interface BlockEditorProps {
  index: number;
  type: BlockType;
  control: Control<IssueFormValues, unknown, IssueInput>;
  register: UseFormRegister<IssueFormValues>;
  setValue: UseFormSetValue<IssueFormValues>;
  errors: Errors;
  first: boolean;
  last: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One block of the composer: its fields by type, and the controls to move or remove it. */
export function BlockEditor({
  index,
  type,
  control,
  register,
  setValue,
  errors,
  first,
  last,
  onMove,
  onRemove,
}: BlockEditorProps) {
  const t = useT();
  const fieldError = useFieldError();
  const path = <K extends string>(field: K) => `blocks.${index}.${field}` as `blocks.${number}.title`;
  const text = (
    field: string,
    label: string,
    options: { required?: boolean; placeholder?: string; type?: string } = {},
  ) => (
    <TextInput
      label={label}
      required={options.required}
      placeholder={options.placeholder}
      type={options.type}
      error={fieldError(errors[field])}
      {...register(path(field))}
      data-testid={`block-${index}-${field}`}
    />
  );
  const area = (field: string, label: string, required = true) => (
    <Textarea
      label={label}
      required={required}
      autosize
      minRows={3}
      maxRows={12}
      error={fieldError(errors[field])}
      {...register(path(field))}
      data-testid={`block-${index}-${field}`}
    />
  );

  return (
    <Card withBorder padding="md" radius="md" data-testid={`block-${index}`} data-block-type={type}>
      <Group justify="space-between" mb="sm">
        <Text fw={600}>{t(`newsletters.block.${type}`)}</Text>
        <Group gap={4}>
          <ActionIcon
            variant="subtle"
            disabled={first}
            onClick={() => onMove(index - 1)}
            aria-label={t('newsletters.block.up')}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            disabled={last}
            onClick={() => onMove(index + 1)}
            aria-label={t('newsletters.block.down')}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={onRemove}
            aria-label={t('newsletters.block.remove')}
            data-testid={`block-${index}-remove`}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
      <Stack gap="sm">
        {(type === 'editorial' || type === 'free_text') && (
          <>
            {text('title', t('newsletters.field.blockTitleOptional'))}
            <Controller
              control={control}
              name={path('html')}
              render={({ field }) => (
                <RichTextInput
                  label={t('newsletters.field.text')}
                  value={String(field.value ?? '')}
                  onChange={field.onChange}
                  error={fieldError(errors.html)}
                  testId={`block-${index}-html`}
                />
              )}
            />
          </>
        )}
        {type === 'article' && (
          <>
            {text('title', t('newsletters.field.title'), { required: true })}
            {area('text', t('newsletters.field.text'))}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {text('imageUrl', t('newsletters.field.imageUrl'), { placeholder: 'https://', type: 'url' })}
              {text('imageAlt', t('newsletters.field.imageAlt'))}
              {text('linkUrl', t('newsletters.field.linkUrl'), { placeholder: 'https://', type: 'url' })}
              {text('linkLabel', t('newsletters.field.linkLabel'))}
            </SimpleGrid>
          </>
        )}
        {type === 'agenda' && (
          <>
            {text('title', t('newsletters.field.blockTitleOptional'))}
            <AgendaEvents index={index} control={control} register={register} errors={errors} />
          </>
        )}
        {type === 'new_members' && (
          <>
            {text('title', t('newsletters.field.blockTitleOptional'))}
            {area('intro', t('newsletters.field.intro'), false)}
            <Controller
              control={control}
              name={`blocks.${index}.organisationIds`}
              render={({ field }) => (
                <OrganisationMultiSelect
                  label={t('newsletters.field.organisations')}
                  required
                  value={field.value ?? []}
                  onChange={field.onChange}
                  error={fieldError(errors.organisationIds)}
                />
              )}
            />
          </>
        )}
        {type === 'donation' && (
          <>
            {text('title', t('newsletters.field.title'), { required: true })}
            {area('text', t('newsletters.field.text'))}
            <Controller
              control={control}
              name={`blocks.${index}.campaignId`}
              render={({ field }) => (
                <CampaignSelect
                  label={t('newsletters.field.campaign')}
                  value={field.value || null}
                  error={fieldError(errors.campaignId)}
                  onChange={(campaign) => {
                    field.onChange(campaign?.id ?? '');
                    // The button leads to the campaign's public page, where its progress is followed live.
                    if (campaign?.publicPage)
                      setValue(path('buttonUrl'), `${window.location.origin}/don/${campaign.slug}`, {
                        shouldDirty: true,
                      });
                  }}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {text('buttonLabel', t('newsletters.field.buttonLabel'), { required: true })}
              {text('buttonUrl', t('newsletters.field.buttonUrl'), {
                required: true,
                placeholder: 'https://',
                type: 'url',
              })}
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** The events of an agenda block: a field array inside the blocks' field array. */
function AgendaEvents({
  index,
  control,
  register,
  errors,
}: Pick<BlockEditorProps, 'index' | 'control' | 'register' | 'errors'>) {
  const t = useT();
  const fieldError = useFieldError();
  const name = `blocks.${index}.events` as 'blocks.0.events';
  const { fields, append, remove } = useFieldArray({ control, name: name as never });
  const eventErrors = (errors.events as unknown as Errors[] | undefined) ?? [];
  return (
    <Stack gap="xs">
      {fields.map((f, i) => {
        const e = eventErrors[i] ?? {};
        const reg = (field: string) => register(`blocks.${index}.events.${i}.${field}` as 'title');
        return (
          <Card key={f.id} withBorder padding="sm" bg="gray.0">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DayInput label={t('newsletters.field.eventDate')} required error={fieldError(e.date)} {...reg('date')} />
              <TextInput
                type="time"
                label={t('newsletters.field.eventTime')}
                error={fieldError(e.time)}
                {...reg('time')}
              />
              <TextInput
                label={t('newsletters.field.eventPlace')}
                required
                error={fieldError(e.place)}
                {...reg('place')}
              />
            </SimpleGrid>
            <Group align="flex-end" mt="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('newsletters.field.eventTitle')}
                required
                error={fieldError(e.title)}
                {...reg('title')}
              />
              <TextInput
                style={{ flex: 1 }}
                type="url"
                label={t('newsletters.field.eventUrl')}
                placeholder="https://"
                error={fieldError(e.url)}
                {...reg('url')}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                disabled={fields.length === 1}
                onClick={() => remove(i)}
                aria-label={t('newsletters.field.removeEvent')}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Card>
        );
      })}
      {fieldError(errors.events?.root ?? errors.events) && (
        <Text c="red" size="xs">
          {fieldError(errors.events?.root ?? errors.events)}
        </Text>
      )}
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={() => append({ date: '', time: '', title: '', place: '', url: '' })}
        w="fit-content"
      >
        {t('newsletters.field.addEvent')}
      </Button>
    </Stack>
  );
}
