import type { Dayjs } from 'dayjs';
import { inParis } from '@/lib/i18n/dates';

export const PERIOD_PRESETS = ['thisMonth', 'thisQuarter', 'thisYear', 'lastYear', 'all', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The days a preset covers, as the API's `from` and `to` (inclusive); custom ones come from the form. */
export function periodRange(
  preset: PeriodPreset,
  custom: { from: string; to: string },
): { from?: string; to?: string } {
  const today = inParis(new Date().toISOString());
  const range = (start: Dayjs, end: Dayjs) => ({ from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') });
  switch (preset) {
    case 'thisMonth':
      return range(today.startOf('month'), today.endOf('month'));
    case 'thisQuarter': {
      const start = today.month(Math.floor(today.month() / 3) * 3).startOf('month');
      return range(start, start.add(2, 'month').endOf('month'));
    }
    case 'thisYear':
      return range(today.startOf('year'), today.endOf('year'));
    case 'lastYear':
      return range(today.subtract(1, 'year').startOf('year'), today.subtract(1, 'year').endOf('year'));
    case 'custom':
      return { from: custom.from || undefined, to: custom.to || undefined };
    default:
      return {};
  }
}
