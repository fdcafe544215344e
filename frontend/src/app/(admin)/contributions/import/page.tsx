'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Button, Checkbox, FileInput, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { ApiError } from '@/lib/api';
import { useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { PageHeader } from '@/components/page-header';
import { FormAlert } from '@/components/form-alert';
import { contributionsApi } from '@/features/contributions/api';
import { CONTRIBUTION_TYPES } from '@/features/contributions/types';
import { useUnitsOf } from '@/features/contributions/use-units';

/** A whole file of contributions, checked row by row before anything is saved: all rows, or none. */
export default function ImportContributionsPage() {
  const t = useT();
  const unitsOf = useUnitsOf();
  const ability = useAppAbility();
  const [file, setFile] = useState<File | null>(null);
  const [submit, setSubmit] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; rows: [string, string][] }>();
  const [done, setDone] = useState<number>();

  const send = async () => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const result = await contributionsApi.import(await file.text(), submit);
      setDone(result.imported);
      notifySuccess(t('contributions.import.done', { count: result.imported }));
    } catch (e) {
      // `rows.<line>.<column>` → « Ligne 4 · quantite : … »
      const rows =
        e instanceof ApiError
          ? Object.entries(e.fields).map(([key, messages]): [string, string] => {
              const [, line, column] = key.split('.');
              return [
                key.startsWith('rows.') ? t('contributions.import.rowError', { line, column }) : key,
                messages.join(' '),
              ];
            })
          : [];
      setError({ message: errorText(t, e), rows });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('contributions.import.title')} description={t('contributions.import.intro')} />
      <Stack gap="lg" maw={880}>
        <Paper withBorder p="md">
          <Stack>
            <Anchor href={contributionsApi.templateUrl()}>
              <Group gap={6}>
                <IconDownload size={16} aria-hidden />
                {t('contributions.import.template')}
              </Group>
            </Anchor>
            <FileInput
              label={t('contributions.import.file')}
              accept=".csv,text/csv"
              value={file}
              onChange={setFile}
              clearable
              leftSection={<IconFileImport size={16} aria-hidden />}
              data-testid="import-file"
            />
            {ability.can('submit', 'Contribution') && (
              <Checkbox
                label={t('contributions.import.submit')}
                checked={submit}
                onChange={(e) => setSubmit(e.currentTarget.checked)}
              />
            )}
            <Group>
              <Button onClick={() => void send()} disabled={!file} loading={busy} data-testid="import-send">
                {t('contributions.import.send')}
              </Button>
              <Button variant="default" component={Link} href="/contributions">
                {t('common.cancel')}
              </Button>
            </Group>
            {done !== undefined && (
              <Text c="teal" fw={500} data-testid="import-done">
                {t('contributions.import.done', { count: done })}
              </Text>
            )}
            {error && (
              <>
                <FormAlert message={error.message} />
                <List size="sm" data-testid="import-errors">
                  {error.rows.map(([where, message]) => (
                    <List.Item key={where}>
                      <Text span fw={600}>
                        {where}
                      </Text>{' '}
                      : {message}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h5" mb="xs">
            {t('contributions.import.codes')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('contributions.import.columns')}
          </Text>
          <Table striped aria-label={t('contributions.import.codes')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>type</Table.Th>
                <Table.Th>unite</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {CONTRIBUTION_TYPES.map((type) => (
                <Table.Tr key={type}>
                  <Table.Td>
                    <code>{type}</code> — {t(`contributions.type.${type}`)}
                  </Table.Td>
                  <Table.Td>
                    {unitsOf(type).map((u) => (
                      <span key={u}>
                        <code>{u}</code> ({t(`contributions.unit.${u}`)}){' '}
                      </span>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </Stack>
    </>
  );
}
