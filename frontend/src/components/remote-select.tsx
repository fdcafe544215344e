'use client';

import { useEffect, useState } from 'react';
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

/** The labels with these options' added (the same map if it knew them all, so nothing renders again). */
const withLabels =
  (options: Option[]) =>
  (previous: ReadonlyMap<string, string>): ReadonlyMap<string, string> => {
    if (options.every((option) => previous.get(option.value) === option.label)) return previous;
    const next = new Map(previous);
    for (const option of options) next.set(option.value, option.label);
    return next;
  };

/**
 * Search results plus the selected values, whose labels are remembered once seen. Nothing is asked of the API until
 * the dropdown first opens: a form with ten such selects does not fire ten searches on load.
 */
function useRemoteOptions(source: RemoteSource, selected: string[], known: Option[] = []) {
  // Labels learnt from searches and look-ups; those the caller knows (`known`) are read first, as given.
  const [learnt, setLearnt] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [results, setResults] = useState<Option[]>([]);

  const label = (value: string) => known.find((option) => option.value === value)?.label ?? learnt.get(value);
  // Sources are module-level objects (`apiSource(…)` at a module's top), so they do not change between renders.
  useEffect(() => {
    if (!opened) return;
    const controller = new AbortController();
    source.search(debounced, controller.signal).then(
      (options) => {
        setLearnt(withLabels(options));
        setResults(options);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [source, debounced, opened]);

  const missing = selected.filter((value) => label(value) === undefined).join(',');
  useEffect(() => {
    if (!source.resolve || !missing) return;
    for (const value of missing.split(',')) {
      source.resolve(value).then(
        (option) => setLearnt(withLabels([option])),
        () => undefined,
      );
    }
  }, [source, missing]);

  const seen = new Set(results.map((option) => option.value));
  const data = [
    ...results,
    ...selected.flatMap((value) => {
      const text = seen.has(value) ? undefined : label(value);
      return text === undefined ? [] : [{ value, label: text }];
    }),
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

/** A multiple select over one source (`<GrantMultiSelect … />`). */
export function multiSelectOver(source: RemoteSource) {
  return function SourceMultiSelect(props: Omit<RemoteMultiSelectProps, 'source'>) {
    return <RemoteMultiSelect source={source} {...props} />;
  };
}
