'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Anchor, Button, DataList, Group, List, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconGavel, IconHistory, IconListCheck, IconMail, IconPencil } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { notifyError, notifySuccess } from '@/lib/notify';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable } from '@/components/data-table';
import { FieldValue } from '@/components/field-value';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { actionItemsApi, meetingsApi } from '@/features/governance/api';
import { ActionItemForm } from '@/features/governance/components/action-item-form';
import { ActionItemsTable } from '@/features/governance/components/action-items-table';
import { AttendanceBadge, MeetingKindBadge, OutcomeBadge } from '@/features/governance/components/badges';
import { DecisionForm } from '@/features/governance/components/decision-form';
import { RichTextView } from '@/components/rich-text';
import { parisParts } from '@/lib/paris-time';
import type { MeetingAttendee, MeetingDecisionSummary } from '@/features/governance/types';

export default function MeetingPage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const meeting = useApiData((signal) => meetingsApi.get(id, signal), [id]);
  const actions = useApiData((signal) => actionItemsApi.list({ meetingId: id, pageSize: 100 }, signal), [id]);
  const [dialog, setDialog] = useState<'decision' | 'action'>();
  const m = meeting.data;
  if (!m) return <PageState {...meeting} />;

  const canEdit = ability.can('update', asSubject('Meeting', m));
  const invite = async () => {
    try {
      const result = await meetingsApi.invite(m.id);
      notifySuccess(
        t('governance.meeting.invited', { n: result.sent }) +
          (result.withoutEmail.length
            ? ` ${t('governance.meeting.withoutEmail', { names: result.withoutEmail.join(', ') })}`
            : ''),
      );
      meeting.reload();
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <>
      <PageHeader
        title={m.title}
        badges={<MeetingKindBadge kind={m.kind} />}
        description={`${format.dateTime(m.startsAt)} – ${parisParts(m.endsAt).time}`}
        actions={
          <>
            <Button
              component="a"
              href={meetingsApi.calendarUrl(m.id)}
              variant="subtle"
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
            >
              {t('governance.meeting.addToCalendar')}
            </Button>
            {ability.can('read', 'AuditEntry') && (
              <Button
                component={Link}
                href={`/audit?entityType=Meeting&entityId=${m.id}`}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                {t('audit.history')}
              </Button>
            )}
            {canEdit && (
              <>
                <Button
                  component={Link}
                  href={`/meetings/${m.id}/edit`}
                  variant="default"
                  leftSection={<IconPencil size={16} aria-hidden />}
                  data-testid="meeting-edit"
                >
                  {t('common.edit')}
                </Button>
                <ConfirmButton
                  variant="default"
                  leftSection={<IconMail size={16} aria-hidden />}
                  title={t('governance.meeting.inviteTitle')}
                  message={t('governance.meeting.inviteConfirm', { n: m.attendees.length })}
                  confirmLabel={t('governance.meeting.inviteSend')}
                  onConfirm={invite}
                  testId="meeting-invite"
                >
                  {t(m.invitationSentAt ? 'governance.meeting.inviteAgain' : 'governance.meeting.invite')}
                </ConfirmButton>
              </>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('governance.meeting.section.details')}
            </Title>
            <DataList>
              <FieldValue label={t('governance.meeting.field.place')}>{m.place}</FieldValue>
              <FieldValue label={t('governance.meeting.field.videoLink')}>
                {m.videoLink && (
                  <Anchor inherit href={m.videoLink} target="_blank" rel="noreferrer">
                    {m.videoLink}
                  </Anchor>
                )}
              </FieldValue>
              <FieldValue label={t('governance.meeting.field.invitationSentAt')}>
                {format.dateTime(m.invitationSentAt)}
              </FieldValue>
            </DataList>
            {m.documents.length > 0 && (
              <>
                <Title order={3} size="h5" mt="md" mb="xs">
                  {t('governance.meeting.section.documents')}
                </Title>
                <List size="sm">
                  {m.documents.map((d) => (
                    <List.Item key={d.id}>
                      <Anchor href={d.url} target="_blank" rel="noreferrer">
                        {d.label}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('governance.meeting.section.agenda')}
            </Title>
            {m.agenda.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('governance.meeting.noAgenda')}
              </Text>
            ) : (
              <List type="ordered" spacing="xs" data-testid="meeting-agenda">
                {m.agenda.map((a) => (
                  <List.Item key={a.id}>
                    <Text size="sm" fw={500} span>
                      {a.title}
                    </Text>
                    {a.durationMinutes && (
                      <Text size="xs" c="dimmed" span>
                        {' '}
                        · {t('governance.agenda.duration', { n: a.durationMinutes })}
                      </Text>
                    )}
                    {a.details && (
                      <Text size="xs" c="dimmed">
                        {a.details}
                      </Text>
                    )}
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
        </SimpleGrid>

        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('governance.meeting.section.attendees')}
          </Title>
          <DataTable<MeetingAttendee>
            caption={t('governance.meeting.section.attendees')}
            minWidth={420}
            rows={m.attendees}
            rowKey={(a) => a.id}
            empty={t('governance.meeting.noAttendees')}
            testId="meeting-attendees"
            columns={[
              { key: 'name', header: t('people.field.name'), render: (a) => `${a.firstName} ${a.lastName}` },
              { key: 'organisation', header: t('governance.attendee.organisation'), render: (a) => a.organisationName },
              {
                key: 'status',
                header: t('governance.attendee.status'),
                render: (a) => <AttendanceBadge status={a.status} />,
              },
            ]}
          />
        </Paper>

        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              {t('governance.decisions')}
            </Title>
            {ability.can('create', 'Decision') && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconGavel size={14} aria-hidden />}
                onClick={() => setDialog('decision')}
                data-testid="decision-new"
              >
                {t('governance.decision.record')}
              </Button>
            )}
          </Group>
          <DataTable<MeetingDecisionSummary>
            caption={t('governance.decisions')}
            minWidth={420}
            rows={m.decisions}
            rowKey={(d) => d.id}
            empty={t('governance.decision.noneHere')}
            testId="meeting-decisions"
            columns={[
              { key: 'number', header: t('governance.decision.field.number'), render: (d) => `n° ${d.number}` },
              {
                key: 'title',
                header: t('governance.decision.field.title'),
                render: (d) => (
                  <Anchor component={Link} href={`/decisions/${d.id}`}>
                    {d.title}
                  </Anchor>
                ),
              },
              {
                key: 'method',
                header: t('governance.decision.field.method'),
                render: (d) => t(`governance.method.${d.method}`),
              },
              {
                key: 'outcome',
                header: t('governance.decision.field.outcome'),
                render: (d) => <OutcomeBadge outcome={d.outcome} />,
              },
            ]}
          />
        </Paper>

        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              {t('governance.actions')}
            </Title>
            {ability.can('create', 'ActionItem') && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconListCheck size={14} aria-hidden />}
                onClick={() => setDialog('action')}
                data-testid="action-new"
              >
                {t('governance.action.new')}
              </Button>
            )}
          </Group>
          <ActionItemsTable
            rows={actions.data?.items}
            loading={actions.loading}
            onChanged={() => actions.reload()}
            testId="meeting-actions"
          />
        </Paper>

        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('governance.meeting.field.minutes')}
          </Title>
          {m.minutes ? (
            <RichTextView html={m.minutes} testId="meeting-minutes-view" />
          ) : (
            <Text size="sm" c="dimmed">
              {t('governance.meeting.noMinutes')}
            </Text>
          )}
        </Paper>
      </Stack>

      <Modal
        opened={dialog === 'decision'}
        onClose={() => setDialog(undefined)}
        title={t('governance.decision.record')}
        size="lg"
      >
        <DecisionForm
          meetingId={m.id}
          decidedOn={parisParts(m.startsAt).day}
          onCancel={() => setDialog(undefined)}
          onSaved={(d) => {
            setDialog(undefined);
            notifySuccess(t('governance.decision.recorded', { n: d.number }));
            meeting.reload();
          }}
        />
      </Modal>
      <Modal
        opened={dialog === 'action'}
        onClose={() => setDialog(undefined)}
        title={t('governance.action.new')}
        size="lg"
      >
        <ActionItemForm
          meetingId={m.id}
          onCancel={() => setDialog(undefined)}
          onSaved={(item) => {
            setDialog(undefined);
            notifySuccess(t('governance.action.created', { title: item.title }));
            actions.reload();
          }}
        />
      </Modal>
    </>
  );
}
