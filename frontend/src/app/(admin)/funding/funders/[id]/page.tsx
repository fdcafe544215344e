'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Anchor, Badge, Button, DataList, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { notifyError, notifySuccess } from '@/lib/notify';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable } from '@/components/data-table';
import { FieldValue } from '@/components/field-value';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { fundersApi } from '@/features/funding/api';
import { GrantStatusBadge } from '@/features/funding/components/badges';
import type { FunderContact, FunderDetail } from '@/features/funding/types';

export default function FunderPage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const funder = useApiData((signal) => fundersApi.get(id, signal), [id]);
  const f = funder.data;
  if (!f) return <PageState {...funder} />;
  const subject = asSubject('Funder', f);
  const toggleArchive = async () => {
    try {
      funder.setData(f.archivedAt ? await fundersApi.restore(f.id) : await fundersApi.archive(f.id));
      notifySuccess(t(f.archivedAt ? 'funding.funder.restored' : 'funding.funder.archivedDone', { name: f.name }));
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <>
      <PageHeader
        title={f.name}
        badges={
          <>
            <Badge variant="light">{t(`funding.funderKind.${f.kind}`)}</Badge>
            {f.archivedAt && (
              <Badge color="gray" variant="outline">
                {t('funding.funder.archived')}
              </Badge>
            )}
          </>
        }
        actions={
          <>
            {ability.can('create', 'Grant') && !f.archivedAt && (
              <Button
                component={Link}
                href={`/funding/grants/new?funderId=${f.id}`}
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t('funding.grant.new')}
              </Button>
            )}
            {ability.can('update', subject) && (
              <Button
                component={Link}
                href={`/funding/funders/${f.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                data-testid="funder-edit"
              >
                {t('common.edit')}
              </Button>
            )}
            {ability.can('archive', subject) && (
              <ConfirmButton
                variant="default"
                color={f.archivedAt ? undefined : 'red'}
                leftSection={
                  f.archivedAt ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />
                }
                title={t(f.archivedAt ? 'funding.funder.restoreTitle' : 'funding.funder.archiveTitle')}
                message={t(f.archivedAt ? 'funding.funder.restoreConfirm' : 'funding.funder.archiveConfirm', {
                  name: f.name,
                })}
                confirmLabel={t(f.archivedAt ? 'common.restore' : 'common.archive')}
                onConfirm={toggleArchive}
              >
                {t(f.archivedAt ? 'common.restore' : 'common.archive')}
              </ConfirmButton>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <DataList>
              <FieldValue label={t('funding.funder.field.website')}>
                {f.website && (
                  <Anchor inherit href={f.website} target="_blank" rel="noreferrer">
                    {f.website}
                  </Anchor>
                )}
              </FieldValue>
            </DataList>
            {f.notes && (
              <Text mt="md" style={{ whiteSpace: 'pre-line' }}>
                {f.notes}
              </Text>
            )}
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h5" mb="sm">
              {t('funding.funder.section.contacts')}
            </Title>
            <DataTable<FunderContact>
              caption={t('funding.funder.section.contacts')}
              minWidth={360}
              rows={f.contacts}
              rowKey={(c) => c.id}
              empty={t('funding.funder.noContacts')}
              columns={[
                {
                  key: 'name',
                  header: t('funding.funder.contact.name'),
                  render: (c) => (c.role ? `${c.name} (${c.role})` : c.name),
                },
                {
                  key: 'email',
                  header: t('funding.funder.contact.email'),
                  render: (c) =>
                    c.email && (
                      <Anchor href={`mailto:${c.email}`} size="sm">
                        {c.email}
                      </Anchor>
                    ),
                },
                { key: 'phone', header: t('funding.funder.contact.phone'), render: (c) => c.phone },
              ]}
            />
          </Paper>
        </SimpleGrid>
        <Paper withBorder p="md">
          <Title order={2} size="h5" mb="sm">
            {t('funding.funder.grants')}
          </Title>
          <DataTable<FunderDetail['grants'][number]>
            caption={t('funding.funder.grants')}
            rows={f.grants}
            rowKey={(g) => g.id}
            empty={t('funding.funder.noGrants')}
            columns={[
              {
                key: 'title',
                header: t('funding.grant.field.title'),
                render: (g) => (
                  <Anchor component={Link} href={`/funding/grants/${g.id}`}>
                    {g.title}
                  </Anchor>
                ),
              },
              {
                key: 'status',
                header: t('funding.grant.field.status'),
                render: (g) => <GrantStatusBadge status={g.status} />,
              },
              {
                key: 'period',
                header: t('funding.grant.field.period'),
                render: (g) =>
                  g.startsOn || g.endsOn ? `${format.date(g.startsOn) || '…'} – ${format.date(g.endsOn) || '…'}` : '',
              },
              {
                key: 'amount',
                header: t('funding.grant.field.amount'),
                render: (g) => format.cents(g.amountGrantedCents ?? g.amountRequestedCents),
              },
            ]}
          />
        </Paper>
      </Stack>
    </>
  );
}
