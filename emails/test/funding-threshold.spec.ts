import { renderEmail } from '../src';
import { samples } from '../src/samples';

describe('legal threshold email', () => {
  it('names the threshold crossed, the amount, what the law asks and the article, in each language', async () => {
    const fr = await renderEmail('funding-threshold', { locale: 'fr', vars: samples['funding-threshold'] });
    expect(fr.subject).toBe('Convention obligatoire avec un financeur public — 2026');
    expect(fr.text).toContain('(Département de l’Essonne)');
    expect(fr.text).toContain('25\u202f000,00\u00a0€, au-delà de 23\u202f000,00\u00a0€');
    expect(fr.text).toContain('décret n° 2001-495 du 6 juin 2001, article 1');
    const vars = { ...samples['funding-threshold'], kind: 'audit' as const, funderName: null, amountCents: 15_300_001 };
    const en = await renderEmail('funding-threshold', { locale: 'en', vars });
    expect(en.subject).toBe('€153,000 public subsidies received threshold — 2026');
    expect(en.text).toContain('code de commerce, article L612-4');
    expect(en.text).toContain('€153,000.01, over');
  });
});
