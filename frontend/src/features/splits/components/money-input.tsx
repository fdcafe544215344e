'use client';

import { useState } from 'react';
import { NumberInput, type NumberInputProps } from '@mantine/core';
import { toHundredths } from '@maillage/emails/money';
import { useLocale } from '@/lib/i18n/provider';

type Props = Omit<NumberInputProps, 'value' | 'onChange' | 'decimalScale'> & {
  /** Integer units of the API (cents, basis points), or null when empty. */
  value: number | null | undefined;
  onChange: (value: number | null) => void;
};

/**
 * A number typed in euros (or percent) and kept in the form as integer hundredths (cents, basis points), so the
 * form holds exactly what the API takes. The typed text is kept as is while it still means the same amount, so
 * "12," is not rewritten to "12" mid-typing.
 */
function HundredthsInput({ value, onChange, suffix, ...props }: Props & { suffix: string }) {
  const [locale] = useLocale();
  const [text, setText] = useState<number | string>(value == null ? '' : value / 100);
  const toUnits = (v: number | string) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Number(toHundredths(v)) : null;

  // Only an outside change (a reset, a restored simulation) rewrites the text: adjusted while rendering.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if ((value ?? null) !== toUnits(text)) setText(value == null ? '' : value / 100);
  }

  return (
    <NumberInput
      {...props}
      value={text}
      onChange={(v) => {
        setText(v);
        onChange(toUnits(v));
      }}
      decimalScale={2}
      min={0}
      hideControls
      allowNegative={false}
      thousandSeparator={locale === 'fr' ? '\u202f' : ','}
      decimalSeparator={locale === 'fr' ? ',' : '.'}
      suffix={suffix}
    />
  );
}

/** Euros on screen, cents in the form. */
export function MoneyInput(props: Props) {
  return <HundredthsInput {...props} suffix=" €" />;
}

/** Percent on screen (two decimals), basis points in the form. */
export function PercentInput(props: Props) {
  return <HundredthsInput {...props} suffix=" %" max={100} />;
}
