'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Anchor, Button, DataList, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconHistory, IconPencil } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { notifyError, notifySuccess } from '@/lib/notify';
import { PageHeader } from '@/components/page-header';
import { FieldValue } from '@/components/field-value';
import { PageState } from '@/components/page-state';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable } from '@/components/data-table';
import { organisationsApi } from '@/features/organisations/api';
import { ArchivedBadge, MembershipStatusBadge } from '@/features/organisations/components/organisation-badges';
import type { OrganisationPerson } from '@/features/organisations/types';
import { OrganisationContributions } from '@/features/contributions/components/organisation-contributions';
import { OrganisationSplits } from '@/features/splits/components/organisation-splits';
import { OrganisationSources } from '@/features/sources/components/organisation-sources';

export default function OrganisationPage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const organisation = useApiData((signal) => organisationsApi.get(id, signal), [id]);
  const o = organisation.data;
  if (!o) return <PageState {...organisation} />;

  const subject = asSubject('Organisation', o);
  const toggleArchive = async () => {
    try {
      const saved = o.archivedAt ? await organisationsApi.restore(o.id) : await organisationsApi.archive(o.id);
      organisation.setData({ ...o, ...saved });
      notifySuccess(t(o.archivedAt ? 'organisations.restored' : 'organisations.archived', { name: o.name }));
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <>
      <PageHeader
        title={o.name}
        badges={
          <>
            <MembershipStatusBadge status={o.membershipStatus} />
            {o.archivedAt && <ArchivedBadge />}
          </>
        }
        actions={
          <>
            {ability.can('read', 'AuditEntry') && (
              <Button
                component={Link}
                href={`/audit?entityType=Organisation&entityId=${o.id}`}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                {t('audit.history')}
              </Button>
            )}
            {ability.can('update', subject) && (
              <Button
                component={Link}
                href={`/organisations/${o.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                data-testid="organisation-edit"
              >
                {t('common.edit')}
              </Button>
            )}
            {ability.can('archive', subject) && (
              <ConfirmButton
                variant="default"
                color={o.archivedAt ? undefined : 'red'}
                leftSection={
                  o.archivedAt ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />
                }
                title={t(o.archivedAt ? 'organisations.restoreTitle' : 'organisations.archiveTitle')}
                message={t(o.archivedAt ? 'organisations.restoreConfirm' : 'organisations.archiveConfirm', {
                  name: o.name,
                })}
                confirmLabel={t(o.archivedAt ? 'common.restore' : 'common.archive')}
                onConfirm={toggleArchive}
                testId={o.archivedAt ? 'organisation-restore' : 'organisation-archive'}
              >
                {t(o.archivedAt ? 'common.restore' : 'common.archive')}
              </ConfirmButton>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('organisations.section.identity')}
            </Title>
            <DataList>
              <FieldValue label={t('organisations.field.kind')}>{t(`organisations.kind.${o.kind}`)}</FieldValue>
              <FieldValue label={t('organisations.field.territory')}>{o.territory}</FieldValue>
              <FieldValue label={t('organisations.field.postcode')}>{o.postcode}</FieldValue>
              <FieldValue label={t('organisations.field.siren')}>{o.siren}</FieldValue>
              <FieldValue label={t('organisations.field.rna')}>{o.rna}</FieldValue>
              <FieldValue label={t('organisations.field.website')}>
                {o.website && (
                  <Anchor inherit href={o.website} target="_blank" rel="noreferrer">
                    {o.website}
                  </Anchor>
                )}
              </FieldValue>
              <FieldValue label={t('organisations.field.contactEmail')}>
                {o.contactEmail && (
                  <Anchor inherit href={`mailto:${o.contactEmail}`}>
                    {o.contactEmail}
                  </Anchor>
                )}
              </FieldValue>
              <FieldValue label={t('organisations.field.contactPhone')}>{o.contactPhone}</FieldValue>
            </DataList>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('organisations.section.membership')}
            </Title>
            <DataList>
              <FieldValue label={t('organisations.field.candidateSince')}>{format.date(o.candidateSince)}</FieldValue>
              <FieldValue label={t('organisations.field.memberSince')}>{format.date(o.memberSince)}</FieldValue>
              <FieldValue label={t('organisations.field.formerSince')}>{format.date(o.formerSince)}</FieldValue>
              <FieldValue label={t('organisations.field.charterSignedOn')}>{format.date(o.charterSignedOn)}</FieldValue>
              <FieldValue label={t('organisations.field.hasCopilSeat')}>
                {o.hasCopilSeat ? t('common.yes') : t('common.no')}
              </FieldValue>
            </DataList>
          </Paper>
        </SimpleGrid>
        {o.description && (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('organisations.field.description')}
            </Title>
            <Text style={{ whiteSpace: 'pre-line' }}>{o.description}</Text>
          </Paper>
        )}
        <OrganisationContributions organisationId={o.id} />
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('organisations.people')}
          </Title>
          <DataTable<OrganisationPerson>
            caption={t('organisations.people')}
            minWidth={420}
            rows={o.people}
            rowKey={(p) => p.membershipId}
            empty={t('organisations.noPeople')}
            columns={[
              {
                key: 'name',
                header: t('people.field.name'),
                render: (p) => (
                  <Anchor component={Link} href={`/people/${p.personId}`}>
                    {p.firstName} {p.lastName}
                  </Anchor>
                ),
              },
              { key: 'role', header: t('people.field.role'), render: (p) => t(`people.role.${p.role}`) },
              { key: 'email', header: t('people.field.email'), render: (p) => p.email },
            ]}
          />
        </Paper>
        {ability.can('read', 'Source') && <OrganisationSources organisationId={o.id} />}
        <OrganisationSplits organisationId={o.id} />
        <Text size="xs" c="dimmed">
          {t('common.createdUpdated', { created: format.dateTime(o.createdAt), updated: format.dateTime(o.updatedAt) })}
        </Text>
      </Stack>
    </>
  );
}
