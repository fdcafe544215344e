'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';

interface SearchInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  /** Called once typing pauses, so the API is not asked at every keystroke. */
  onSearch: (value: string) => void;
}

export function SearchInput({ value, onSearch, ...props }: SearchInputProps) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 300);
  // Only a pause in typing triggers a search; `value` catching up must not re-trigger it.
  const searchFor = useEffectEvent((typed: string) => {
    if (typed !== value) onSearch(typed);
  });
  useEffect(() => searchFor(debounced), [debounced]);
  return (
    <TextInput
      type="search"
      leftSection={<IconSearch size={16} aria-hidden />}
      {...props}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
    />
  );
}
