'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconDownload, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { ConfirmButton } from '@/components/confirm-button';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { activityReportApi, type ActivityPeriod } from '../api';
import { activityReportSchema, type ActivityReportValues } from '../schemas';
import type { ActivityReport, GrantDetail } from '../types';
import { ActivityFigures } from './activity-figures';
import { ActivityPeriodForm } from './activity-period';

/** The grant's period, else the current year so far. */
function defaultPeriod(grant: GrantDetail): ActivityPeriod {
  const today = new Date().toISOString().slice(0, 10);
  return { from: grant.startsOn ?? `${today.slice(0, 4)}-01-01`, to: grant.endsOn ?? today };
}

export function ActivityReportEditor({ grant }: { grant: GrantDetail }) {
  const t = useT();
  const [period, setPeriod] = useState(() => defaultPeriod(grant));
  const report = useApiData(
    (signal) => activityReportApi.get(grant.id, period, signal),
    [grant.id, period.from, period.to],
  );
  return (
    <>
      <PageHeader
        title={t('funding.activity.title')}
        description={
          <Anchor component={Link} href={`/funding/grants/${grant.id}`} inherit>
            {grant.title}
          </Anchor>
        }
      />
      <Stack gap="lg">
        <ActivityPeriodForm period={period} onChange={setPeriod} />
        {report.data ? (
          // Keyed by what was loaded: a new period or a regenerated draft starts a fresh form.
          <SectionsForm
            key={`${report.data.from}/${report.data.to}/${String(report.data.updatedAt)}/${report.data.saved}`}
            report={report.data}
            onSaved={report.setData}
          />
        ) : (
          <PageState {...report} />
        )}
      </Stack>
    </>
  );
}

/** The report's sections, each a title and a plain text ("- " at a line's start makes a list). */
function SectionsForm({ report, onSaved }: { report: ActivityReport; onSaved: (r: ActivityReport) => void }) {
  const t = useT();
  const format = useFormat();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const period = { from: report.from, to: report.to };
  const form = useForm<ActivityReportValues>({
    resolver: zodResolver(activityReportSchema),
    defaultValues: { sections: report.sections },
  });
  const sections = useFieldArray({ control: form.control, name: 'sections' });
  const errors = form.formState.errors.sections;
  const submit = form.handleSubmit(
    async ({ sections: values }) => {
      setFormError(undefined);
      try {
        onSaved(await activityReportApi.save(report.grantId, period, values));
        notifySuccess(t('funding.activity.saved'));
      } catch (error) {
        applyApiFieldErrors(error, form.setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );
  const download = (format: 'pdf' | 'docx', label: string) => (
    <Button
      component="a"
      href={activityReportApi.fileUrl(report.grantId, period, format)}
      download
      variant={format === 'pdf' ? 'filled' : 'default'}
      leftSection={<IconDownload size={16} aria-hidden />}
      data-testid={`activity-${format}`}
    >
      {label}
    </Button>
  );

  return (
    <Stack gap="md">
      <ActivityFigures report={report} />
      <Group justify="space-between">
        <Badge variant="light" color={report.saved ? 'teal' : 'gray'} data-testid="activity-state">
          {report.saved
            ? t('funding.activity.savedOn', { date: format.dateTime(report.updatedAt) })
            : t('funding.activity.draft')}
        </Badge>
        <Group gap="xs">
          {download('pdf', t('funding.activity.pdf'))}
          {download('docx', t('funding.activity.docx'))}
          <ConfirmButton
            variant="default"
            title={t('funding.activity.regenerate')}
            message={t('funding.activity.regenerateConfirm')}
            confirmLabel={t('funding.activity.regenerate')}
            onConfirm={() => activityReportApi.regenerate(report.grantId, period).then(onSaved)}
            leftSection={<IconRefresh size={16} aria-hidden />}
          >
            {t('funding.activity.regenerate')}
          </ConfirmButton>
        </Group>
      </Group>
      {form.formState.isDirty && (
        <Text size="sm" c="dimmed">
          {t('funding.activity.saveBeforeExport')}
        </Text>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="activity-form">
        <Stack gap="md">
          <FormAlert message={formError} />
          {sections.fields.map((field, i) => (
            <Paper key={field.id} withBorder p="md" data-testid="activity-section">
              <Stack gap="xs">
                <Group align="flex-end" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('funding.activity.sectionTitle')}
                    required
                    error={fieldError(errors?.[i]?.title)}
                    {...form.register(`sections.${i}.title`)}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => sections.remove(i)}
                    leftSection={<IconTrash size={14} aria-hidden />}
                  >
                    {t('funding.remove')}
                  </Button>
                </Group>
                <Textarea
                  label={t('funding.activity.sectionBody')}
                  autosize
                  minRows={3}
                  maxRows={16}
                  error={fieldError(errors?.[i]?.body)}
                  {...form.register(`sections.${i}.body`)}
                />
              </Stack>
            </Paper>
          ))}
          <Group justify="space-between">
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => sections.append({ title: '', body: '' })}
            >
              {t('funding.activity.addSection')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="activity-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
