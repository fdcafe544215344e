'use client';

import { Badge, Group } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockExclamation } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import type { GroupStatus, RoleGap } from '../types';

const STATUS_COLORS: Record<GroupStatus, string> = { active: 'teal', paused: 'yellow', closed: 'gray' };

export function GroupStatusBadge({ status }: { status: GroupStatus }) {
  const t = useT();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`groups.status.${status}`)}
    </Badge>
  );
}

/** What the group lacks among the roles the plan asks for; a check when nothing is missing. */
export function GapBadges({ gaps }: { gaps: RoleGap[] }) {
  const t = useT();
  if (gaps.length === 0) {
    return (
      <Badge color="teal" variant="outline" leftSection={<IconCircleCheck size={12} aria-hidden />}>
        {t('groups.noGap')}
      </Badge>
    );
  }
  return (
    <Group gap={4}>
      {gaps.map((gap) => (
        <Badge
          key={gap}
          color={gap === 'no_referent' ? 'red' : 'orange'}
          variant="light"
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
          data-testid={`gap-${gap}`}
        >
          {t(`groups.gap.${gap}`)}
        </Badge>
      ))}
    </Group>
  );
}

export function OverdueBadge({ count }: { count: number }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <Badge color="red" variant="filled" leftSection={<IconClockExclamation size={12} aria-hidden />}>
      {t('groups.overdue', { count })}
    </Badge>
  );
}
