'use client';

import type { ReactNode } from 'react';
import { Center, Group, Loader, Pagination, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';

export type SortOrder = 'asc' | 'desc';

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** The API's sort field, when the column can be sorted. */
  sortKey?: string;
}

export interface SortState {
  sort: string;
  order: SortOrder;
  onSort: (sort: string, order: SortOrder) => void;
}

export interface PageState {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

interface DataTableProps<T> {
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  loading?: boolean;
  sort?: SortState;
  pagination?: PageState;
  empty?: ReactNode;
  caption: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  testId?: string;
}

/** Clicking a sorted column flips its order; another column starts ascending. `aria-sort` tells screen readers. */
function SortableHeader({ label, sortKey, sort }: { label: ReactNode; sortKey: string; sort: SortState }) {
  const active = sort.sort === sortKey;
  const Icon = !active ? IconArrowsSort : sort.order === 'asc' ? IconSortAscending : IconSortDescending;
  return (
    <Table.Th aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => sort.onSort(sortKey, active && sort.order === 'asc' ? 'desc' : 'asc')}
        fw={700}
        fz="sm"
        style={{ whiteSpace: 'nowrap' }}
      >
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden opacity={active ? 1 : 0.4} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function DataTable<T>({
  columns,
  rows,
  rowKey,
  loading,
  sort,
  pagination,
  empty,
  caption,
  minWidth = 640,
  testId,
}: DataTableProps<T>) {
  const t = useT();
  const pages = pagination ? Math.max(1, Math.ceil(pagination.total / pagination.pageSize)) : 1;
  const first = pagination ? (pagination.page - 1) * pagination.pageSize + 1 : 0;
  const last = pagination ? Math.min(pagination.total, pagination.page * pagination.pageSize) : 0;

  return (
    <div data-testid={testId} aria-busy={loading}>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) =>
                column.sortKey && sort ? (
                  <SortableHeader key={column.key} label={column.header} sortKey={column.sortKey} sort={sort} />
                ) : (
                  <Table.Th key={column.key}>{column.header}</Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
            {rows?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text c="dimmed" ta="center" py="md">
                    {empty ?? t('table.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!rows && loading && (
        <Center py="xl">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      )}
      {pagination && pagination.total > 0 && (
        <Group justify="space-between" mt="md" wrap="wrap">
          <Text size="sm" c="dimmed" data-testid="table-range">
            {t('table.range', { first, last, total: pagination.total })}
          </Text>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={pagination.page}
              onChange={pagination.onPage}
              size="sm"
              getControlProps={(control) => ({ 'aria-label': t(`table.${control}`) })}
            />
          )}
        </Group>
      )}
    </div>
  );
}
