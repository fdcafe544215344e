'use client';

import { Box } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '@/lib/i18n/provider';

/** Kept off screen rather than hidden, so that bots filling every field fill it; people and screen readers skip it. */
const offScreen = { position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' } as const;

/** The public forms' spam trap (volunteer sign-up, event registration): a filled one is dropped by the API. */
export function HoneypotField({ field }: { field: UseFormRegisterReturn }) {
  const t = useT();
  return (
    <Box style={offScreen} aria-hidden>
      <label>
        {t('join.honeypot')}
        <input type="text" tabIndex={-1} autoComplete="off" {...field} />
      </label>
    </Box>
  );
}
