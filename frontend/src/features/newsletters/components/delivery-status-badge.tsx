import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { DeliveryStatus } from '../types';

const COLORS: Record<DeliveryStatus, string> = {
  queued: 'gray',
  claimed: 'gray',
  sending: 'blue',
  sent: 'green',
  failed: 'red',
  bounced: 'red',
  complained: 'grape',
  uncertain: 'orange',
  skipped: 'gray',
};

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const t = useT();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="delivery-status">
      {t(`newsletters.deliveryStatus.${status}`)}
    </Badge>
  );
}
