'use client';

import { Code, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { TECHNICAL_FIELDS, useAuditLabels } from '../labels';
import type { AuditEntry } from '../types';

/** Each changed field as "field: before → after" (a creation has no before, a deletion no after). */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const labels = useAuditLabels();
  // A creation lists only the fields it filled in.
  const isEmpty = (value: unknown) => value === null || value === undefined || value === '';
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])].filter(
    (field) => !TECHNICAL_FIELDS.has(field) && (Boolean(entry.before) || !isEmpty(entry.after?.[field])),
  );
  if (fields.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={4}>
      {fields.map((field) => (
        <Group key={field} gap={6} wrap="wrap" align="center">
          <Text size="sm" fw={600}>
            {labels.field(entry.entityType, field)}
          </Text>
          {entry.before && (
            <>
              <Code style={{ wordBreak: 'break-all' }} c="dimmed">
                {labels.value(entry, field, entry.before[field])}
              </Code>
              <IconArrowRight size={14} aria-label={t('audit.becomes')} />
            </>
          )}
          <Code style={{ wordBreak: 'break-all' }}>{labels.value(entry, field, entry.after?.[field])}</Code>
        </Group>
      ))}
    </Stack>
  );
}
