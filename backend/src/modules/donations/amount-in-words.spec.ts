import { amountInWords } from './amount-in-words';

describe('amountInWords', () => {
  it.each([
    [100, 'un euro'],
    [4250, 'quarante-deux euros et cinquante centimes'],
    [8000, 'quatre-vingts euros'],
    [99, 'quatre-vingt-dix-neuf centimes'],
    [123456, 'mille deux cent trente-quatre euros et cinquante-six centimes'],
    [7101, 'soixante et onze euros et un centime'],
  ])('%i cents → %s', (cents, words) => {
    expect(amountInWords(cents)).toBe(words);
  });

  it('refuses what is not cents', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(-100)).toThrow(RangeError);
  });
});
