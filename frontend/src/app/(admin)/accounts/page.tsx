'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Badge, Button, Checkbox, Group, Modal, Select, SimpleGrid, Text } from '@mantine/core';
import { IconMailPlus } from '@tabler/icons-react';
import { useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText, notifyError, notifySuccess } from '@/lib/notify';
import { DataTable, type Column } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { FormAlert } from '@/components/form-alert';
import { ConfirmButton } from '@/components/confirm-button';
import { accountsApi } from '@/features/accounts/api';
import { InvitationActions } from '@/features/accounts/components/invitation-actions';
import { InviteForm } from '@/features/accounts/components/invite-form';
import { RolesForm } from '@/features/accounts/components/roles-form';
import { RoleBadges } from '@/features/accounts/components/role-badges';
import type { Account, AccountListQuery } from '@/features/accounts/types';
import { ROLES, type Role } from '@/features/auth/types';

const PAGE_SIZE = 20;

export default function AccountsPage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<Account>();
  const [query, setQuery] = useUrlQuery({ q: '', role: '', invitationPending: 'false', page: '1' });
  const listQuery: AccountListQuery = {
    q: query.q,
    role: (query.role || undefined) as Role | undefined,
    invitationPending: query.invitationPending === 'true' || undefined,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => accountsApi.list(listQuery, signal), [JSON.stringify(listQuery)]);
  const canManage = ability.can('update', 'Account');
  const canInvite = ability.can('invite', 'Account');

  const setEnabled = async (account: Account, enabled: boolean) => {
    try {
      await (enabled ? accountsApi.enable(account.id) : accountsApi.disable(account.id));
      notifySuccess(t(enabled ? 'accounts.enabled' : 'accounts.disabled', { name: account.displayName }));
      list.reload();
    } catch (error) {
      notifyError(t, error);
    }
  };

  const columns: Column<Account>[] = [
    {
      key: 'name',
      header: t('people.field.name'),
      render: (a) =>
        a.personId ? (
          <Anchor component={Link} href={`/people/${a.personId}`} fw={500}>
            {a.displayName}
          </Anchor>
        ) : (
          a.displayName
        ),
    },
    { key: 'email', header: t('auth.email'), render: (a) => a.email },
    {
      key: 'roles',
      header: t('accounts.field.roles'),
      render: (a) => <RoleBadges roles={a.roles} />,
    },
    {
      key: 'status',
      header: t('accounts.field.status'),
      render: (a) =>
        a.disabledAt ? (
          <Badge color="gray" data-testid={a.invitationPending ? 'account-revoked' : undefined}>
            {t(a.invitationPending ? 'accounts.status.revoked' : 'accounts.status.disabled')}
          </Badge>
        ) : a.invitationPending ? (
          <Badge color="yellow" variant="light" data-testid="account-invited">
            {t('accounts.status.invited')}
          </Badge>
        ) : (
          <Badge color="teal" variant="light">
            {t('accounts.status.active')}
          </Badge>
        ),
    },
    {
      key: 'lastLogin',
      header: t('accounts.field.lastLoginAt'),
      render: (a) =>
        format.date(a.lastLoginAt) || (
          <Text size="sm" c="dimmed">
            {t('accounts.never')}
          </Text>
        ),
    },
  ];
  if (canManage || canInvite) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      render: (a) => (
        <Group gap="xs">
          {canInvite && a.invitationPending && !a.disabledAt && <InvitationActions account={a} onDone={list.reload} />}
          {canManage && (
            <>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => setEditing(a)}
                aria-label={t('accounts.editRolesOf', { name: a.displayName })}
              >
                {t('accounts.editRoles')}
              </Button>
              <ConfirmButton
                size="compact-sm"
                variant="default"
                color={a.disabledAt ? undefined : 'red'}
                title={t(a.disabledAt ? 'accounts.enableTitle' : 'accounts.disableTitle')}
                message={t(a.disabledAt ? 'accounts.enableConfirm' : 'accounts.disableConfirm', {
                  name: a.displayName,
                })}
                confirmLabel={t(a.disabledAt ? 'accounts.enable' : 'accounts.disable')}
                onConfirm={() => setEnabled(a, Boolean(a.disabledAt))}
                aria-label={t(a.disabledAt ? 'accounts.enableOf' : 'accounts.disableOf', { name: a.displayName })}
              >
                {t(a.disabledAt ? 'accounts.enable' : 'accounts.disable')}
              </ConfirmButton>
            </>
          )}
        </Group>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('nav.accounts')}
        actions={
          ability.can('invite', 'Account') && (
            <Button
              leftSection={<IconMailPlus size={16} aria-hidden />}
              onClick={() => setInviting(true)}
              data-testid="account-invite"
            >
              {t('accounts.invite')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('accounts.searchPlaceholder')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
        />
        <Select
          label={t('accounts.field.role')}
          placeholder={t('common.all')}
          clearable
          data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          value={query.role || null}
          onChange={(value) => setQuery({ role: value ?? '' })}
        />
      </SimpleGrid>
      <Checkbox
        mb="md"
        label={t('accounts.onlyInvited')}
        checked={query.invitationPending === 'true'}
        onChange={(event) => setQuery({ invitationPending: String(event.currentTarget.checked) })}
        data-testid="accounts-invitation-pending"
      />
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.accounts')}
        minWidth={canInvite ? 1180 : 960}
        testId="accounts-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(a) => a.id}
        loading={list.loading}
        pagination={{
          page: listQuery.page ?? 1,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onPage: (page) => setQuery({ page: String(page) }),
        }}
      />

      <Modal opened={inviting} onClose={() => setInviting(false)} title={t('accounts.invite')} size="lg">
        <InviteForm
          onCancel={() => setInviting(false)}
          onDone={() => {
            setInviting(false);
            list.reload();
          }}
        />
      </Modal>
      <Modal
        opened={Boolean(editing)}
        onClose={() => setEditing(undefined)}
        title={editing ? t('accounts.editRolesOf', { name: editing.displayName }) : ''}
      >
        {editing && (
          <RolesForm
            account={editing}
            onCancel={() => setEditing(undefined)}
            onDone={() => {
              setEditing(undefined);
              list.reload();
            }}
          />
        )}
      </Modal>
    </>
  );
}
