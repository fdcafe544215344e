'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useFieldArray, useForm, useWatch, Controller } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Menu, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { IconChevronDown, IconEye, IconPlus } from '@tabler/icons-react';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { issuesApi, listsApi } from '../api';
import { issueFormValues, issueSchema, newBlock, type IssueFormValues } from '../schemas';
import { BLOCK_TYPES, type Issue, type IssueInput, type Preview } from '../types';
import { BlockEditor } from './block-editor';
import { IssuePreview } from './issue-preview';

/** The composer: title, lists and an ordered list of blocks (react-hook-form field array), with a live preview. */
export function IssueForm({ issue, onSaved }: { issue?: Issue; onSaved?: (issue: Issue) => void }) {
  const t = useT();
  const router = useRouter();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const [preview, setPreview] = useState<Preview>();
  const [previewing, setPreviewing] = useState(false);
  const lists = useApiData((signal) => listsApi.list(signal), []);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    getValues,
    setValue,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<IssueFormValues, unknown, IssueInput>({
    resolver: zodResolver(issueSchema),
    defaultValues: issueFormValues(issue),
  });
  // A new issue goes to the lists offered to the public (the network's newsletter) unless the composer says otherwise.
  useEffect(() => {
    const publicLists = (lists.data ?? []).filter((l) => l.isPublic).map((l) => l.id);
    if (!issue && publicLists.length && getValues('listIds').length === 0) setValue('listIds', publicLists);
  }, [issue, lists.data, getValues, setValue]);
  const { fields, append, move, remove } = useFieldArray({ control, name: 'blocks', keyName: 'key' });
  const types = useWatch({ control, name: 'blocks' }).map((b) => b.type);

  const save = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const saved = issue ? await issuesApi.update(issue.id, values) : await issuesApi.create(values);
        notifySuccess(t('newsletters.saved', { number: saved.number }));
        reset(issueFormValues(saved));
        if (issue) onSaved?.(saved);
        else router.push(`/newsletters/${saved.id}`);
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  const showPreview = handleSubmit(
    async (values) => {
      setFormError(undefined);
      setPreviewing(true);
      try {
        setPreview(
          await issuesApi.preview({ title: values.title, preheader: values.preheader, blocks: values.blocks }),
        );
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      } finally {
        setPreviewing(false);
      }
    },
    () => setFormError(t('validation.summary')),
  );

  const blockErrors = (i: number) => (errors.blocks?.[i] ?? {}) as Record<string, { message?: unknown }>;

  return (
    <form onSubmit={(e) => void save(e)} noValidate data-testid="issue-form">
      <Stack gap="md" maw={880}>
        <FormAlert message={formError} />
        <TextInput
          label={t('newsletters.field.issueTitle')}
          description={t('newsletters.help.issueTitle')}
          required
          error={fieldError(errors.title)}
          {...register('title')}
          data-testid="issue-title"
        />
        <TextInput
          label={t('newsletters.field.preheader')}
          description={t('newsletters.help.preheader')}
          error={fieldError(errors.preheader)}
          {...register('preheader')}
        />
        <Controller
          control={control}
          name="listIds"
          render={({ field }) => (
            <MultiSelect
              label={t('newsletters.field.lists')}
              description={t('newsletters.help.lists')}
              data={(lists.data ?? []).map((l) => ({ value: l.id, label: `${l.name} (${l.confirmed})` }))}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.listIds)}
              data-testid="issue-lists"
            />
          )}
        />
        {fields.map((f, i) => (
          <BlockEditor
            key={f.key}
            index={i}
            type={types[i] ?? f.type}
            control={control}
            register={register}
            setValue={setValue}
            errors={blockErrors(i)}
            first={i === 0}
            last={i === fields.length - 1}
            onMove={(to) => move(i, to)}
            onRemove={() => remove(i)}
          />
        ))}
        <Group justify="space-between">
          <Menu position="bottom-start">
            <Menu.Target>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                rightSection={<IconChevronDown size={14} />}
                data-testid="add-block"
              >
                {t('newsletters.block.add')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {BLOCK_TYPES.map((type) => (
                <Menu.Item key={type} onClick={() => append(newBlock(type))} data-testid={`add-block-${type}`}>
                  {t(`newsletters.block.${type}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Group>
            <Button
              variant="default"
              leftSection={<IconEye size={16} />}
              onClick={() => void showPreview()}
              loading={previewing}
              data-testid="issue-preview-button"
            >
              {t('newsletters.preview.open')}
            </Button>
            <Button type="submit" loading={isSubmitting} disabled={Boolean(issue) && !isDirty} data-testid="issue-save">
              {t(issue ? 'common.save' : 'newsletters.create')}
            </Button>
          </Group>
        </Group>
      </Stack>
      <Modal
        opened={Boolean(preview)}
        onClose={() => setPreview(undefined)}
        title={t('newsletters.preview.title')}
        size={760}
        fullScreen={false}
      >
        {preview && <IssuePreview preview={preview} />}
      </Modal>
    </form>
  );
}
