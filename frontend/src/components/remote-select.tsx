'use client';

import { useEffect, useRef, useState } from 'react';
import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useT } from '@/lib/i18n/provider';

export interface Option {
  value: string;
  label: string;
}

export interface RemoteSource {
  /** Options matching what the user typed, filtered by the API (lists can hold hundreds of rows). */
  search: (q: string, signal: AbortSignal) => Promise<Option[]>;
  /** The label of a value known only by its id (e.g. a filter read from the URL). */
  resolve?: (value: string) => Promise<Option>;
}

/**
 * A source over a module's API: `list` searches by what was typed, `get` (if any) names a value known by its id, and
 * `label` names an item of either.
 */
export function apiSource<L extends { id: string }, D extends { id: string } = L>(
  list: (q: string, signal: AbortSignal) => Promise<{ items: L[] }>,
  label: (item: L | D) => string,
  get?: (id: string) => Promise<D>,
): RemoteSource {
  const option = (item: L | D): Option => ({ value: item.id, label: label(item) });
  return {
    search: (q, signal) => list(q, signal).then((page) => page.items.map(option)),
    resolve: get && ((id) => get(id).then(option)),
  };
}

/**
 * Search results plus the selected values, whose labels are remembered once seen. Nothing is asked of the API until
 * the dropdown first opens: a form with ten such selects does not fire ten searches on load.
 */
function useRemoteOptions(source: RemoteSource, selected: string[], known: Option[] = []) {
  const labels = useRef(new Map<string, string>());
  for (const option of known) labels.current.set(option.value, option.label);
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [results, setResults] = useState<Option[]>([]);
  const [, forceRender] = useState(0);

  useEffect(() => {
    if (!opened) return;
    const controller = new AbortController();
    source.search(debounced, controller.signal).then(
      (options) => {
        for (const option of options) labels.current.set(option.value, option.label);
        setResults(options);
      },
      () => undefined,
    );
    return () => controller.abort();
    // The source is a module-level object of the caller; the query is what changes.
  }, [debounced, opened]);

  const missing = selected.filter((value) => !labels.current.has(value));
  useEffect(() => {
    if (!source.resolve) return;
    for (const value of missing) {
      source.resolve(value).then(
        (option) => {
          labels.current.set(option.value, option.label);
          forceRender((n) => n + 1);
        },
        () => undefined,
      );
    }
  }, [missing.join(',')]);

  const seen = new Set(results.map((option) => option.value));
  const data = [
    ...results,
    ...selected
      .filter((value) => !seen.has(value) && labels.current.has(value))
      .map((value) => ({ value, label: labels.current.get(value)! })),
  ];
  return { data, setSearch, onDropdownOpen: () => setOpened(true) };
}

type RemoteSelectProps = Omit<SelectProps, 'data' | 'searchable' | 'filter'> & {
  source: RemoteSource;
  known?: Option[];
};

export function RemoteSelect({ source, known, value, ...props }: RemoteSelectProps) {
  const t = useT();
  const { data, setSearch, onDropdownOpen } = useRemoteOptions(source, value ? [value] : [], known);
  return (
    <Select
      {...props}
      value={value}
      data={data}
      searchable
      filter={({ options }) => options}
      onSearchChange={setSearch}
      onDropdownOpen={onDropdownOpen}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}

type RemoteMultiSelectProps = Omit<MultiSelectProps, 'data' | 'searchable' | 'filter'> & {
  source: RemoteSource;
  known?: Option[];
};

export function RemoteMultiSelect({ source, known, value, ...props }: RemoteMultiSelectProps) {
  const t = useT();
  const { data, setSearch, onDropdownOpen } = useRemoteOptions(source, value ?? [], known);
  return (
    <MultiSelect
      {...props}
      value={value}
      data={data}
      searchable
      filter={({ options }) => options}
      onSearchChange={setSearch}
      onDropdownOpen={onDropdownOpen}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}

/** A select over one source, for a module to export (`<GrantSelect … />`). */
export function selectOver(source: RemoteSource) {
  return function SourceSelect(props: Omit<RemoteSelectProps, 'source'>) {
    return <RemoteSelect source={source} {...props} />;
  };
}
