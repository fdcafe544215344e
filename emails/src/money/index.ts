// `@maillage/emails/money`: see cents.ts for why money lives in this package.
export { cents, centsFrom, centsOrNull, isCents, sumCents, type Cents } from './cents';
export { decimal, divideHalfUp, multiplyCents, percentOf, toHundredths } from './arithmetic';
export { allocate, largestRemainder, type RoundedShare } from './allocate';
export { parseEuros, parseHundredths, type ParseOptions } from './parse';
export { formatEuros, formatFineEuros, formatPlainEuros, type Locale } from './format';
export {
  rateOn,
  valueContribution,
  type RateRef,
  type Valuation,
  type ValuationInput,
  type ValuationProblem,
} from './valuation';
