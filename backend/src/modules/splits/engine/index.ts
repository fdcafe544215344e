export { computeSplit } from './split';
export { explainLine } from './explain';
export * from './types';
export { formatEuros, formatFineEuros, formatPercent, type Locale } from './decimal';
