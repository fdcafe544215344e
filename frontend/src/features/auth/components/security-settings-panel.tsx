'use client';

import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { authApi } from '../api';
import { ROLES, type Role } from '../types';

/** The admin's choice: which roles must have a second factor before doing anything else. */
export function SecuritySettingsPanel() {
  const t = useT();
  const settings = useApiData((signal) => authApi.securitySettings(signal), []);
  const [roles, setRoles] = useState<Role[]>();
  const [saving, setSaving] = useState(false);
  if (!settings.data) return <PageState error={settings.error} />;
  const chosen = roles ?? settings.data.totpRequiredFor;
  const save = async () => {
    setSaving(true);
    try {
      settings.setData(await authApi.updateSecuritySettings(chosen));
      notifySuccess(t('auth.settings.saved'));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack data-testid="security-settings">
      <Text size="sm">{t('auth.settings.help')}</Text>
      <Checkbox.Group value={chosen} onChange={(v) => setRoles(v)}>
        <Group>
          {ROLES.map((r) => (
            <Checkbox key={r} value={r} label={t(`role.${r}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Button onClick={() => void save()} loading={saving} style={{ alignSelf: 'flex-start' }}>
        {t('common.save')}
      </Button>
    </Stack>
  );
}
