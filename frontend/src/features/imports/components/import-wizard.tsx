'use client';

import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useLocale, useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { ApiError } from '@/lib/api';
import { FormAlert } from '@/components/form-alert';
import { importsApi } from '../api';
import type { ImportJob, ImportKind, ImportRun, MappingEntry } from '../types';

const STATUS_COLOURS = { created: 'green', updated: 'blue', unchanged: 'gray', refused: 'red' } as const;
/** The select's value for "no column": headers may be any text, so not the empty string Mantine clears to. */
const NONE = '\u0000none';

type MappingForm = Record<string, string>;

/** Upload → detected encoding and mapping → dry run → commit with its progress, for one kind of list. */
export function ImportWizard({ kind }: { kind: ImportKind }) {
  const t = useT();
  const [locale] = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<ImportJob>();
  const [run, setRun] = useState<ImportRun>();
  const [done, setDone] = useState<ImportRun>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ processed: number; total: number | null }>();
  const form = useForm<MappingForm>();

  const mapping = (values: MappingForm): MappingEntry[] =>
    (job?.fields ?? []).map((f) => ({
      field: f.name,
      header: values[f.name] === NONE ? null : (values[f.name] ?? null),
    }));
  const fail = (e: unknown) => {
    // What is wrong with the file or the mapping as a whole says more than "invalid input".
    const whole = e instanceof ApiError ? [...(e.fields.file ?? []), ...(e.fields.mapping ?? [])] : [];
    setError(whole.length ? whole.join(' ') : errorText(t, e));
    if (e instanceof ApiError)
      for (const [key, messages] of Object.entries(e.fields))
        if (key.startsWith('mapping.')) form.setError(key.slice('mapping.'.length), { message: messages.join(' ') });
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setRun(undefined);
    setDone(undefined);
    try {
      const uploaded = await importsApi.upload(kind, file);
      setJob(uploaded);
      form.reset(Object.fromEntries(uploaded.mapping.map((m) => [m.field, m.header ?? NONE])));
    } catch (e) {
      setJob(undefined);
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const dryRun = form.handleSubmit(async (values) => {
    if (!job) return;
    setBusy(true);
    setError(undefined);
    try {
      setRun(await importsApi.dryRun(job.id, mapping(values)));
    } catch (e) {
      setRun(undefined);
      fail(e);
    } finally {
      setBusy(false);
    }
  });

  const commit = async () => {
    if (!job || !run) return;
    setBusy(true);
    setError(undefined);
    setProgress({ processed: 0, total: run.total });
    try {
      setDone(await importsApi.commit(job.id, mapping(form.getValues())));
      setRun(undefined);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  // While the commit runs, its progress is read every half second.
  const committing = Boolean(progress);
  useEffect(() => {
    if (!committing || !job) return;
    const timer = setInterval(() => {
      importsApi.progress(job.id).then(
        (p) => setProgress((now) => (now ? { processed: p.processed, total: p.total } : now)),
        () => undefined,
      );
    }, 500);
    return () => clearInterval(timer);
  }, [committing, job]);

  /** A field's label in the page's language (a funder's `contact.email` by the contact field's own label). */
  const label = (name: string) => {
    const field = job?.fields.find(
      (f) => f.name === name || name === `contact.${f.name.replace(/^contact(.)/, (_, c: string) => c.toLowerCase())}`,
    );
    return field ? (locale === 'fr' ? field.labelFr : field.labelEn) : name;
  };
  const report = done ?? run;
  const counts = report && {
    total: report.total,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    refused: report.refused,
  };
  return (
    <Stack>
      <Text c="dimmed">{t('imports.intro')}</Text>
      <Group align="end">
        <FileInput
          label={t('imports.file')}
          placeholder={t('imports.filePlaceholder')}
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={setFile}
          w={360}
          data-testid="import-file"
        />
        <Button onClick={() => void upload()} disabled={!file} loading={busy && !job} data-testid="import-upload">
          {t('imports.upload')}
        </Button>
      </Group>
      <FormAlert message={error} />
      {job && (
        <form onSubmit={(e) => void dryRun(e)} noValidate>
          <Stack>
            <Alert color="blue" data-testid="import-detected">
              {job.format === 'xlsx'
                ? t('imports.detected.xlsx')
                : t('imports.detected.csv', {
                    encoding: job.encoding ?? '',
                    delimiter: job.delimiter === '\t' ? 'tab' : (job.delimiter ?? ''),
                  })}
            </Alert>
            <Title order={3}>{t('imports.mapping')}</Title>
            <Text size="sm" c="dimmed">
              {t('imports.mappingHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {job.fields.map((f) => (
                <Controller
                  key={f.name}
                  control={form.control}
                  name={f.name}
                  render={({ field, fieldState }) => (
                    <Select
                      label={`${locale === 'fr' ? f.labelFr : f.labelEn}${f.required ? ` (${t('imports.required')})` : ''}`}
                      data={[
                        { value: NONE, label: t('imports.ignore') },
                        ...job.headers.filter((h) => h !== '').map((h) => ({ value: h, label: h })),
                      ]}
                      value={field.value ?? NONE}
                      onChange={(v) => field.onChange(v ?? NONE)}
                      error={fieldState.error?.message}
                      allowDeselect={false}
                      data-testid={`mapping-${f.name}`}
                    />
                  )}
                />
              ))}
            </SimpleGrid>
            <Group>
              <Button type="submit" variant="light" loading={busy && !committing} data-testid="import-dry-run">
                {t('imports.dryRun')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {progress && (
        <Stack gap={4} data-testid="import-progress">
          <Text size="sm">
            {t('imports.committing', { processed: progress.processed, total: progress.total ?? '…' })}
          </Text>
          <Progress value={progress.total ? (100 * progress.processed) / progress.total : 0} animated />
        </Stack>
      )}
      {report && (
        <Stack data-testid="import-report">
          <Alert color={done ? 'green' : report.refused ? 'red' : 'blue'} data-testid="import-summary">
            {done ? t('imports.summaryDone', counts) : t('imports.summary', counts)}
          </Alert>
          {run?.refused ? <Text c="red">{t('imports.fixFirst')}</Text> : null}
          {run?.refused === 0 && (
            <Group>
              <Button onClick={() => void commit()} loading={busy} data-testid="import-commit">
                {t('imports.commit', { n: run.total })}
              </Button>
            </Group>
          )}
          {report.rows.length < report.total && (
            <Text size="sm" c="dimmed">
              {t('imports.shown', { n: report.rows.length })}
            </Text>
          )}
          <Table striped withTableBorder data-testid="import-rows">
            <Table.Caption>{t('imports.rows')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.col.line')}</Table.Th>
                <Table.Th>{t('imports.col.status')}</Table.Th>
                <Table.Th>{t('imports.col.record')}</Table.Th>
                <Table.Th>{t('imports.col.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOURS[r.status]} variant="light">
                      {t(`imports.status.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{r.label}</Table.Td>
                  <Table.Td>
                    {r.errors.map((e) => `${label(e.field)} : ${e.message}`).join(' · ')}
                    {r.changes.length > 0 && t('imports.changes', { fields: r.changes.map(label).join(', ') })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
