import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { IssueStatus } from '../types';

const COLORS: Record<IssueStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  scheduled: 'blue',
  sending: 'teal',
  paused: 'orange',
  sent: 'green',
};

export function IssueStatusBadge({ status }: { status: IssueStatus }) {
  const t = useT();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="issue-status">
      {t(`newsletters.status.${status}`)}
    </Badge>
  );
}
