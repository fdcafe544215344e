import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Badges shown beside the title (status, archived…). */
  badges?: ReactNode;
  actions?: ReactNode;
}

/** The page's one h1, its document title (React hoists <title>) and its main actions. */
export function PageHeader({ title, description, badges, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md">
      <title>{`${title} · Maillage`}</title>
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Group gap="sm">
          <Title order={1} size="h2">
            {title}
          </Title>
          {badges}
        </Group>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
