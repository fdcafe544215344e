'use client';

import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { GrantStatus, ReportStatus } from '../types';

const STATUS_COLORS: Record<GrantStatus, string> = {
  prospect: 'gray',
  drafting: 'blue',
  applied: 'yellow',
  granted: 'teal',
  refused: 'red',
  closed: 'dark',
};
const REPORT_COLORS: Record<ReportStatus, string> = { due: 'orange', sent: 'blue', accepted: 'teal' };

export function GrantStatusBadge({ status }: { status: GrantStatus }) {
  const t = useT();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="grant-status">
      {t(`funding.status.${status}`)}
    </Badge>
  );
}

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const t = useT();
  return (
    <Badge color={REPORT_COLORS[status]} variant="light">
      {t(`funding.reportStatus.${status}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const t = useT();
  return (
    <Badge color="red" variant="filled" data-testid="overdue">
      {t('funding.overdue')}
    </Badge>
  );
}

export { STATUS_COLORS };
