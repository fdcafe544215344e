'use client';

import { Badge, Group } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { Role } from '@/features/auth/types';

export function RoleBadges({ roles }: { roles: Role[] }) {
  const t = useT();
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} variant="light" size="sm">
          {t(`role.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
