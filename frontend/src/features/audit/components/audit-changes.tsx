'use client';

import { Code, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import type { AuditEntry } from '../types';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Each changed field as "field: before → after" (a creation has no before, a deletion no after). */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  if (fields.length === 0) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <Stack gap={4}>
      {fields.map((field) => (
        <Group key={field} gap={6} wrap="wrap" align="center">
          <Text size="sm" fw={600}>
            {field}
          </Text>
          <Code style={{ textDecoration: entry.after ? 'line-through' : undefined, wordBreak: 'break-all' }}>{show(entry.before?.[field])}</Code>
          <IconArrowRight size={14} aria-label={t('audit.becomes')} />
          <Code style={{ wordBreak: 'break-all' }}>{show(entry.after?.[field])}</Code>
        </Group>
      ))}
    </Stack>
  );
}
