'use client';

import Link from 'next/link';
import { ImportButton } from '@/features/imports/components/import-button';
import { useParams, useRouter } from 'next/navigation';
import { Alert, Anchor, Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconHistory, IconLogout, IconPencil } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useSession } from '@/lib/session';
import { notifyError, notifySuccess } from '@/lib/notify';
import { ExportButton } from '@/components/export-button';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { FieldValue } from '@/components/field-value';
import { ConfirmButton } from '@/components/confirm-button';
import { groupsApi } from '@/features/working-groups/api';
import { GapBadges, GroupStatusBadge, OverdueBadge } from '@/features/working-groups/components/group-badges';
import { MembersPanel } from '@/features/working-groups/components/members-panel';
import { VolunteerBoard } from '@/features/working-groups/components/volunteer-board';

export default function WorkingGroupPage() {
  const t = useT();
  const format = useFormat();
  const router = useRouter();
  const ability = useAppAbility();
  const { user } = useSession();
  const { id } = useParams<{ id: string }>();
  const group = useApiData((signal) => groupsApi.get(id, signal), [id]);
  const canSeeBoard = ability.can('read', asSubject('GroupVolunteer', { groupId: id }));
  const board = useApiData(
    (signal) => (canSeeBoard ? groupsApi.board(id, signal) : Promise.resolve([])),
    [id, canSeeBoard],
  );
  const g = group.data;
  if (!g) return <PageState {...group} />;

  const subject = asSubject('WorkingGroup', g);
  const isMember = user.memberGroupIds.includes(g.id);
  const leave = async () => {
    try {
      await groupsApi.leave(g.id);
      notifySuccess(t('groups.left', { name: g.name }));
      router.push('/working-groups');
      router.refresh();
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <>
      <PageHeader
        title={g.name}
        badges={
          <>
            <GroupStatusBadge status={g.status} />
            <OverdueBadge count={g.overdue ?? 0} />
          </>
        }
        actions={
          <>
            {ability.can('read', 'AuditEntry') && (
              <Button
                component={Link}
                href={`/audit?entityType=WorkingGroup&entityId=${g.id}`}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                {t('audit.history')}
              </Button>
            )}
            <ImportButton kind="group-members" />
            {ability.can('update', subject) && (
              <>
                <Button
                  onClick={() => void groupsApi.exportMembers(g.id)}
                  variant="default"
                  title={t('groups.exportHelp')}
                  leftSection={<IconDownload size={16} aria-hidden />}
                  data-testid="group-export"
                >
                  {t('groups.export')}
                </Button>
                <Button
                  component={Link}
                  href={`/working-groups/${g.id}/edit`}
                  variant="default"
                  leftSection={<IconPencil size={16} aria-hidden />}
                  data-testid="group-edit"
                >
                  {t('common.edit')}
                </Button>
              </>
            )}
            {isMember && (
              <ConfirmButton
                variant="default"
                color="red"
                leftSection={<IconLogout size={16} aria-hidden />}
                title={t('groups.leaveTitle')}
                message={t('groups.leaveConfirm', { name: g.name })}
                confirmLabel={t('groups.leave')}
                onConfirm={leave}
                testId="group-leave"
              >
                {t('groups.leave')}
              </ConfirmButton>
            )}
          </>
        }
      />
      <Stack gap="lg">
        {g.gaps.length > 0 && (
          <Alert color="orange" title={t('groups.gapsTitle')} role="status" data-testid="group-gaps">
            <Stack gap="xs">
              <Text size="sm">{t('groups.gapsIntro')}</Text>
              <GapBadges gaps={g.gaps} />
            </Stack>
          </Alert>
        )}
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('groups.section.about')}
          </Title>
          {g.mission && (
            <Text mb="sm" style={{ whiteSpace: 'pre-line' }}>
              {g.mission}
            </Text>
          )}
          <DataList>
            <FieldValue label={t('groups.field.mailingList')}>
              {g.mailingList && (
                <Anchor inherit href={`mailto:${g.mailingList}`}>
                  {g.mailingList}
                </Anchor>
              )}
            </FieldValue>
            <FieldValue label={t('groups.field.chatChannel')}>
              {g.chatChannel && (
                <Anchor inherit href={g.chatChannel} target="_blank" rel="noreferrer">
                  {g.chatChannel}
                </Anchor>
              )}
            </FieldValue>
            <FieldValue label={t('groups.field.meetingRhythm')}>{g.meetingRhythm}</FieldValue>
            <FieldValue label={t('groups.field.welcomeWithinDays')}>{String(g.welcomeWithinDays)}</FieldValue>
          </DataList>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('groups.section.members')}
          </Title>
          <MembersPanel group={g} onChange={group.setData} />
        </Paper>
        {canSeeBoard && (
          <Paper withBorder p="md">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4">
                {t('groups.section.board')}
              </Title>
              <ExportButton
                path={`/working-groups/${id}/volunteers/export`}
                file="benevoles"
                query={{}}
                testId="group-volunteers-export"
              />
            </Group>
            {board.data ? (
              <VolunteerBoard group={g} cards={board.data} onCards={board.setData} onMoved={group.reload} />
            ) : (
              <PageState {...board} />
            )}
          </Paper>
        )}
        <Text size="xs" c="dimmed">
          {t('common.createdUpdated', { created: format.dateTime(g.createdAt), updated: format.dateTime(g.updatedAt) })}
        </Text>
      </Stack>
    </>
  );
}
