import { rateOn, valueContribution } from '@maillage/emails/money';
import { typedEuros, typedHundredths } from '@/lib/i18n/money';
import type { ContributionType, ContributionUnit, Rate } from './types';

/**
 * The value the API will compute, shown while the form is typed in: the server's own rule (the shared money
 * module's `valueContribution`), with the rate of the type and unit in force on the first day.
 */
export function previewValue(
  rates: Rate[] | undefined,
  input: {
    type: ContributionType | '';
    unit: ContributionUnit | '';
    startsOn: string;
    quantity: string;
    amountEuros: string;
  },
): { valueCents: number; rate: Rate | null } | null {
  const hundredths = typedHundredths(input.quantity);
  if (!input.type || !input.unit || hundredths === null) return null;
  const rate = rateOn(
    (rates ?? []).filter((r) => r.type === input.type && r.unit === input.unit),
    input.startsOn,
  );
  // As the form sends it: a sum of money has no separate amount, and an amount not yet readable is none.
  const amountCents = input.unit === 'euro' ? null : typedEuros(input.amountEuros);
  const valued = valueContribution({ unit: input.unit, quantity: hundredths / 100, amountCents }, rate);
  if (typeof valued === 'string') return null;
  return { valueCents: valued.valueCents, rate: valued.method === 'rate' ? rate : null };
}
