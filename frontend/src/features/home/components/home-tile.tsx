import Link from 'next/link';
import { Card, Text } from '@mantine/core';

/** One number and what it counts; the whole card opens the list it was counted from, filtered the same way. */
export function HomeTile({
  label,
  value,
  detail,
  href,
  testId,
  alert,
}: {
  label: string;
  value: string;
  detail?: string;
  /** Absent for a figure with no list behind it (a date). */
  href?: string;
  testId: string;
  /** Shown in red: something is late. */
  alert?: boolean;
}) {
  const body = (
    <>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} c={alert ? 'red.8' : undefined} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </>
  );
  return href ? (
    <Card component={Link} href={href} withBorder padding="md" data-testid={testId}>
      {body}
    </Card>
  ) : (
    <Card withBorder padding="md" data-testid={testId}>
      {body}
    </Card>
  );
}
