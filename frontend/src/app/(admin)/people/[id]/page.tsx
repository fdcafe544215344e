'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Anchor, Badge, Box, Button, DataList, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconHistory, IconPencil, IconShieldLock } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { personName } from '@/lib/person-name';
import { useApiData } from '@/lib/use-api-data';
import { notifyError, notifySuccess } from '@/lib/notify';
import { PageHeader } from '@/components/page-header';
import { FieldValue } from '@/components/field-value';
import { PageState } from '@/components/page-state';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable } from '@/components/data-table';
import { ArchivedBadge } from '@/features/organisations/components/organisation-badges';
import { peopleApi } from '@/features/people/api';
import { AttendanceList } from '@/features/events/components/attendance-list';
import type { PersonMembership } from '@/features/people/types';

export default function PersonPage() {
  const t = useT();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const person = useApiData((signal) => peopleApi.get(id, signal), [id]);
  const p = person.data;
  if (!p) return <PageState {...person} />;

  const name = personName(t, p.firstName, p.lastName);
  const subject = asSubject('Person', p);
  const toggleArchive = async () => {
    try {
      person.setData(p.archivedAt ? await peopleApi.restore(p.id) : await peopleApi.archive(p.id));
      notifySuccess(t(p.archivedAt ? 'people.restored' : 'people.archived', { name }));
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <>
      <PageHeader
        title={name}
        badges={p.archivedAt && <ArchivedBadge />}
        actions={
          <>
            {ability.can('read', 'AuditEntry') && (
              <Button
                component={Link}
                href={`/audit?entityType=Person&entityId=${p.id}`}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                {t('audit.history')}
              </Button>
            )}
            {ability.can('create', 'PrivacyRequest') && (
              <Button
                component={Link}
                href={`/privacy?personId=${p.id}`}
                variant="subtle"
                leftSection={<IconShieldLock size={16} aria-hidden />}
                data-testid="person-privacy-request"
              >
                {t('privacy.requestForPerson')}
              </Button>
            )}
            {ability.can('update', subject) && (
              <Button
                component={Link}
                href={`/people/${p.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                data-testid="person-edit"
              >
                {t('common.edit')}
              </Button>
            )}
            {ability.can('archive', subject) && (
              <ConfirmButton
                variant="default"
                color={p.archivedAt ? undefined : 'red'}
                leftSection={
                  p.archivedAt ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />
                }
                title={t(p.archivedAt ? 'people.restoreTitle' : 'people.archiveTitle')}
                message={t(p.archivedAt ? 'people.restoreConfirm' : 'people.archiveConfirm', { name })}
                confirmLabel={t(p.archivedAt ? 'common.restore' : 'common.archive')}
                onConfirm={toggleArchive}
                testId={p.archivedAt ? 'person-restore' : 'person-archive'}
              >
                {t(p.archivedAt ? 'common.restore' : 'common.archive')}
              </ConfirmButton>
            )}
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('people.section.identity')}
          </Title>
          <DataList>
            <FieldValue label={t('people.field.email')}>
              {p.email && (
                <Anchor inherit href={`mailto:${p.email}`}>
                  {p.email}
                </Anchor>
              )}
            </FieldValue>
            <FieldValue label={t('people.field.phone')}>{p.phone}</FieldValue>
            <FieldValue label={t('people.field.account')}>
              {p.hasAccount ? <Badge variant="light">{t('people.hasAccount')}</Badge> : t('people.noAccount')}
            </FieldValue>
          </DataList>
          {p.notes && (
            <>
              <Title order={3} size="h5" mt="md" mb={4}>
                {t('people.field.notes')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {p.notes}
              </Text>
            </>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('people.section.memberships')}
          </Title>
          <DataTable<PersonMembership>
            caption={t('people.section.memberships')}
            minWidth={320}
            rows={p.memberships}
            rowKey={(m) => m.id}
            empty={t('people.noMemberships')}
            columns={[
              {
                key: 'organisation',
                header: t('people.field.organisation'),
                render: (m) => (
                  <Anchor component={Link} href={`/organisations/${m.organisationId}`}>
                    {m.organisationName}
                  </Anchor>
                ),
              },
              { key: 'role', header: t('people.field.role'), render: (m) => t(`people.role.${m.role}`) },
            ]}
          />
        </Paper>
      </SimpleGrid>
      {ability.can('update', 'TrainingEvent') && (
        <Box mt="lg">
          <AttendanceList personId={p.id} />
        </Box>
      )}
    </>
  );
}
