'use client';

import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { MembershipStatus } from '../types';

const STATUS_COLORS: Record<MembershipStatus, string> = { candidate: 'yellow', member: 'teal', former: 'gray' };

export function MembershipStatusBadge({ status }: { status: MembershipStatus }) {
  const t = useT();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`organisations.status.${status}`)}
    </Badge>
  );
}

export function ArchivedBadge() {
  const t = useT();
  return (
    <Badge color="gray" variant="outline">
      {t('common.archived')}
    </Badge>
  );
}
