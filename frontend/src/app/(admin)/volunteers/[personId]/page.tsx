'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Anchor, Badge, DataList, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { FieldValue } from '@/components/field-value';
import { volunteersApi } from '@/features/working-groups/api';
import { ProfileForm } from '@/features/working-groups/components/profile-form';
import { TimeForm } from '@/features/working-groups/components/time-form';
import type { Volunteer } from '@/features/working-groups/types';

export default function VolunteerPage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const { personId } = useParams<{ personId: string }>();
  const volunteer = useApiData((signal) => volunteersApi.get(personId, signal), [personId]);
  const v = volunteer.data;
  if (!v) return <PageState {...volunteer} />;

  const entry = (e: Volunteer['entries'][number]) => asSubject('GroupVolunteer', { groupId: e.groupId, personId });
  const canEdit =
    ability.can('update', asSubject('VolunteerProfile', { personId })) ||
    v.entries.some((e) => ability.can('update', entry(e)));
  const timeGroups = v.entries
    .filter((e) => ability.can('log_time', entry(e)))
    .map((e) => ({ id: e.groupId, name: e.groupName }));
  const name = `${v.firstName} ${v.lastName}`;

  return (
    <>
      <PageHeader title={name} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('volunteers.section.contact')}
            </Title>
            <DataList>
              <FieldValue label={t('people.field.email')}>
                {v.email && (
                  <Anchor inherit href={`mailto:${v.email}`}>
                    {v.email}
                  </Anchor>
                )}
              </FieldValue>
              <FieldValue label={t('people.field.phone')}>{v.phone}</FieldValue>
              <FieldValue label={t('volunteers.field.organisations')}>
                {v.organisations.map((o) => o.name).join(', ')}
              </FieldValue>
            </DataList>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('volunteers.section.groups')}
            </Title>
            <Stack gap="md" data-testid="volunteer-entries">
              {v.entries.map((e) => (
                <div key={e.id}>
                  <Group gap="xs" mb={6}>
                    <Anchor component={Link} href={`/working-groups/${e.groupId}`} fw={600}>
                      {e.groupName}
                    </Anchor>
                    <Badge variant="light">{t(`pipeline.${e.stage}`)}</Badge>
                    {e.overdue && <Badge color="red">{t('groups.board.overdue', { days: e.welcomeWithinDays })}</Badge>}
                  </Group>
                  {e.message && (
                    <Text size="sm" fs="italic" mb={6} style={{ whiteSpace: 'pre-line' }}>
                      « {e.message} »
                    </Text>
                  )}
                  <Timeline active={e.steps.length - 1} bulletSize={12} lineWidth={2}>
                    {e.steps.map((s, i) => (
                      <Timeline.Item
                        key={i}
                        title={t('volunteers.step', { stage: t(`pipeline.${s.stage}`), date: format.dateTime(s.at) })}
                      >
                        <Text size="xs" c="dimmed">
                          {s.byName ? t('volunteers.stepBy', { name: s.byName }) : t('volunteers.stepByForm')}
                          {s.note ? ` — ${s.note}` : ''}
                        </Text>
                      </Timeline.Item>
                    ))}
                  </Timeline>
                </div>
              ))}
            </Stack>
          </Paper>
        </SimpleGrid>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('volunteers.section.offer')}
          </Title>
          {canEdit ? (
            <ProfileForm volunteer={v} onSaved={volunteer.setData} />
          ) : (
            <DataList>
              <FieldValue label={t('volunteers.field.skills')}>{v.profile.skills.join(', ')}</FieldValue>
              <FieldValue label={t('volunteers.field.hoursPerMonth')}>
                {v.profile.hoursPerMonth ? String(v.profile.hoursPerMonth) : ''}
              </FieldValue>
              <FieldValue label={t('volunteers.field.availableDays')}>
                {v.profile.availableDays.map((d) => t(`volunteers.day.${d}`)).join(', ')}
              </FieldValue>
              <FieldValue label={t('volunteers.field.territory')}>{v.profile.territory}</FieldValue>
            </DataList>
          )}
        </Paper>
        {timeGroups.length > 0 && (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('volunteers.section.time')}
            </Title>
            <TimeForm volunteer={v} groups={timeGroups} />
          </Paper>
        )}
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('volunteers.section.consents')}
          </Title>
          {v.consents.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('volunteers.noConsent')}
            </Text>
          )}
          <Stack gap="sm">
            {v.consents.map((c, i) => (
              <div key={i}>
                <Text size="sm" fw={500}>
                  {t('volunteers.consentGiven', {
                    version: c.version,
                    locale: c.locale,
                    date: format.dateTime(c.givenAt),
                  })}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.text}
                </Text>
              </div>
            ))}
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
