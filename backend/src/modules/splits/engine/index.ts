export { computeSplit } from './split';
export { explainLine } from './explain';
export * from './types';
