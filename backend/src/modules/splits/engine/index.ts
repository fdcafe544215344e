export { computeSplit } from './split';
export { explainLine } from './explain';
export * from './types';
export { decimal, formatEuros, formatFineEuros, formatPercent, type Locale } from './decimal';
