'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { IconPlus } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { DataTable } from '@/components/data-table';
import { PersonSelect } from '@/features/people/components/person-select';
import { TIME_ZONE } from '@/lib/time-zone';
import { groupsApi } from '../api';
import { MEMBER_ROLES, type MemberRole, type Term, type WorkingGroupDetail } from '../types';

/** Today in Paris, as a date input wants it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());

interface Props {
  group: WorkingGroupDetail;
  onChange: (group: WorkingGroupDetail) => void;
}

/** Who holds each role now, ending a term, adding one; the ended terms stay below as the group's history. */
export function MembersPanel({ group, onChange }: Props) {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const [ending, setEnding] = useState<Term>();
  const canAdd = ability.can('create', asSubject('GroupMember', { groupId: group.id }));
  const current = group.terms.filter((term) => term.current);
  const history = group.terms.filter((term) => !term.current);
  const name = (term: Term) => `${term.firstName} ${term.lastName}`;
  const personLink = (term: Term) =>
    ability.can('read', asSubject('Person', { id: term.personId })) ? (
      <Anchor component={Link} href={`/people/${term.personId}`} fw={500}>
        {name(term)}
      </Anchor>
    ) : (
      <Text fw={500} span>
        {name(term)}
      </Text>
    );

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="group-members">
        {MEMBER_ROLES.map((role) => {
          const holders = current.filter((term) => term.role === role);
          return (
            <Paper key={role} withBorder p="sm" data-testid={`role-${role}`}>
              <Title order={3} size="h5" mb="xs">
                {t(`groups.roles.${role}`)}
              </Title>
              {holders.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('groups.nobody')}
                </Text>
              )}
              <Stack gap={6}>
                {holders.map((term) => (
                  <Group key={term.id} justify="space-between" wrap="nowrap" gap="xs">
                    <div>
                      {personLink(term)}
                      <Text size="xs" c="dimmed">
                        {t('groups.since', { date: format.date(term.startedOn) })}
                      </Text>
                    </div>
                    {ability.can('update', asSubject('GroupMember', { ...term, groupId: group.id })) && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        flex="none"
                        onClick={() => setEnding(term)}
                        aria-label={t('groups.endTermOf', { name: name(term), role: t(`groups.role.${term.role}`) })}
                      >
                        {t('groups.endTerm')}
                      </Button>
                    )}
                  </Group>
                ))}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>

      {canAdd && <AddMemberForm group={group} onChange={onChange} />}

      <div>
        <Title order={3} size="h5" mb="xs">
          {t('groups.section.history')}
        </Title>
        <DataTable<Term>
          caption={t('groups.section.history')}
          minWidth={420}
          rows={history}
          rowKey={(term) => term.id}
          empty={t('groups.noHistory')}
          columns={[
            { key: 'name', header: t('groups.field.person'), render: personLink },
            { key: 'role', header: t('groups.field.role'), render: (term) => t(`groups.role.${term.role}`) },
            {
              key: 'dates',
              header: t('groups.field.period'),
              render: (term) =>
                term.endedOn
                  ? t('groups.termDates', { start: format.date(term.startedOn), end: format.date(term.endedOn) })
                  : t('groups.termFrom', { start: format.date(term.startedOn) }),
            },
          ]}
        />
      </div>

      {ending && <EndTermModal group={group} term={ending} onClose={() => setEnding(undefined)} onChange={onChange} />}
    </Stack>
  );
}

function AddMemberForm({ group, onChange }: Props) {
  const t = useT();
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState<MemberRole>('member');
  const [startedOn, setStartedOn] = useState(today());
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!personId) return;
    setBusy(true);
    try {
      const saved = await groupsApi.addMember(group.id, { personId, role, startedOn });
      const added = saved.terms.find((term) => term.personId === personId && term.role === role);
      notifySuccess(
        t('groups.memberAdded', {
          name: added ? `${added.firstName} ${added.lastName}` : '',
          role: t(`groups.role.${role}`),
        }),
      );
      onChange(saved);
      setPersonId(null);
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('groups.addMember')}
      data-testid="add-member"
    >
      <Group align="flex-end" gap="sm">
        <PersonSelect
          label={t('groups.field.person')}
          value={personId}
          onChange={setPersonId}
          required
          w={260}
          name="personId"
        />
        <Select
          label={t('groups.field.role')}
          data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`groups.role.${r}`) }))}
          value={role}
          onChange={(value) => setRole(value! ?? 'member')}
          allowDeselect={false}
          w={220}
          name="role"
        />
        <DayInput
          label={t('groups.field.startedOn')}
          value={startedOn}
          onChange={(e) => setStartedOn(e.target.value)}
          required
          w={170}
          name="startedOn"
        />
        <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={busy} disabled={!personId}>
          {t('groups.addMemberSubmit')}
        </Button>
      </Group>
    </Paper>
  );
}

function EndTermModal({ group, term, onClose, onChange }: Props & { term: Term; onClose: () => void }) {
  const t = useT();
  const [endedOn, setEndedOn] = useState(today());
  const [busy, setBusy] = useState(false);
  const name = `${term.firstName} ${term.lastName}`;
  const submit = async () => {
    setBusy(true);
    try {
      onChange(await groupsApi.updateTerm(group.id, term.id, { endedOn }));
      notifySuccess(t('groups.termEnded', { name }));
      onClose();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('groups.endTermOf', { name, role: t(`groups.role.${term.role}`) })}
      centered
    >
      <Stack>
        <DayInput
          label={t('groups.endTermDate')}
          value={endedOn}
          min={term.startedOn}
          onChange={(e) => setEndedOn(e.target.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void submit()} loading={busy}>
            {t('groups.endTerm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
