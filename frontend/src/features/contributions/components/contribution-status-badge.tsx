import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { ContributionStatus } from '../types';

const COLORS: Record<ContributionStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  validated: 'teal',
  rejected: 'red',
};

export function ContributionStatusBadge({ status }: { status: ContributionStatus }) {
  const t = useT();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="contribution-status" data-status={status}>
      {t(`contributions.status.${status}`)}
    </Badge>
  );
}
