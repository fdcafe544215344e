'use client';

import { forwardRef, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/fr';
import { useLocale, useT } from '@/lib/i18n/provider';
import type { Locale } from '@/lib/i18n/config';

dayjs.extend(customParseFormat);

/**
 * How a day reads in each language. The browser's own date field follows the browser's language, not the page's (a
 * French page in an English browser showed `mm/dd/yyyy`): this field follows the page's.
 */
const DISPLAY: Record<Locale, string> = { fr: 'DD/MM/YYYY', en: 'D MMM YYYY' };
/** What may be typed: the displayed format, the day first with any separator, or ISO (what tests and pastes give). */
const TYPED: Record<Locale, string[]> = {
  fr: ['DD/MM/YYYY', 'D/M/YYYY', 'D-M-YYYY', 'D.M.YYYY', 'YYYY-MM-DD', 'D MMMM YYYY'],
  en: ['D MMM YYYY', 'D MMMM YYYY', 'DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD'],
};

/** The value as a form sees it: a `YYYY-MM-DD` day, or '' for none. */
export interface DayChange {
  target: { name?: string; value: string };
  type: 'change';
}

export interface DayInputProps extends Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'name'
> {
  name?: string;
  /** Controlled: the day (`YYYY-MM-DD`) or ''. Left out under react-hook-form's `register`, which sets it itself. */
  value?: string;
  onChange?: (event: DayChange) => void;
}

/** What `register` reads and writes through its ref: the day, like a native input's value. */
interface DayInputHandle {
  name?: string;
  /** A text field to react-hook-form: it reads and writes `value` without re-rendering the whole form. */
  type: 'text';
  value: string;
  focus(): void;
}

/**
 * A day typed or picked in the page's language (07/03/2026 in French, 7 Mar 2026 in English). Works controlled
 * (`value` and `onChange(e)` with `e.target.value`) and under react-hook-form's `register`, like the native field.
 */
export const DayInput = forwardRef<DayInputHandle, DayInputProps>(function DayInput(
  { name, value, onChange, ...props },
  ref,
) {
  const t = useT();
  const [locale] = useLocale();
  const [own, setOwn] = useState('');
  const current = useRef('');
  const input = useRef<HTMLInputElement>(null);
  // One handle for the field's life: react-hook-form registers a field again whenever its ref object changes, and
  // each registration writes the value back (a render loop with a new object per render).
  const handle = useMemo<DayInputHandle>(
    () => ({
      name,
      type: 'text',
      get value() {
        return current.current;
      },
      set value(day: string) {
        current.current = day ?? '';
        setOwn(day ?? '');
      },
      focus: () => input.current?.focus(),
    }),
    [name],
  );
  useImperativeHandle(ref, () => handle, [handle]);
  const day = value ?? own;
  return (
    <DateInput
      {...props}
      ref={input}
      data-name={name}
      value={day || null}
      valueFormat={DISPLAY[locale]}
      dateParser={(text) => {
        const parsed = dayjs(text.trim(), TYPED[locale], locale, true);
        return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
      }}
      placeholder={props.placeholder ?? t('common.dayPlaceholder')}
      leftSection={<IconCalendar size={16} aria-hidden />}
      clearable={!props.required}
      onChange={(next) => {
        current.current = next ?? '';
        setOwn(next ?? '');
        onChange?.({ target: { name, value: next ?? '' }, type: 'change' });
      }}
    />
  );
});
