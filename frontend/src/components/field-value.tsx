import type { ReactNode } from 'react';
import { DataList } from '@mantine/core';

/** One label/value line of a detail page's DataList; an empty value shows a dash rather than nothing. */
export function FieldValue({ label, children }: { label: string; children: ReactNode }) {
  const empty = !children;
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{empty ? '—' : children}</DataList.ItemValue>
    </DataList.Item>
  );
}
