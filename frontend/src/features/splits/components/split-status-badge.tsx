import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { SplitStatus } from '../types';

const COLORS: Record<SplitStatus, string> = { draft: 'gray', approved: 'blue', settled: 'teal' };

export function SplitStatusBadge({ status }: { status: SplitStatus }) {
  const t = useT();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="split-status" data-status={status}>
      {t(`splits.status.${status}`)}
    </Badge>
  );
}
