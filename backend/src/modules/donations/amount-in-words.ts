import { toCurrency } from 'n2words/fr-FR';

/**
 * An amount in cents written out in French, as a tax receipt states it: « cent vingt euros et cinquante centimes ».
 * The library reads a decimal string, built here from the cents so no float is ever involved.
 */
export function amountInWords(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Not an amount in cents: ${cents}`);
  const euros = Math.trunc(cents / 100);
  return toCurrency(`${euros}.${String(cents - euros * 100).padStart(2, '0')}`);
}
