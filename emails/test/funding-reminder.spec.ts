import { renderEmail } from '../src';
import { samples } from '../src/samples';

describe('funding reminder wording', () => {
  it('writes the due day as the calendar day it is, the amount in euros and the days left in words', async () => {
    const vars = {
      ...samples['funding-reminder'],
      kind: 'instalment' as const,
      label: 'Solde 2026',
      dueOn: '2026-12-01',
      daysLeft: 1,
      amountCents: 1_500_000,
    };
    const fr = await renderEmail('funding-reminder', { locale: 'fr', vars });
    const en = await renderEmail('funding-reminder', { locale: 'en', vars });
    expect(fr.subject).toBe('Versement attendu le 1 décembre 2026 — Transiscope 2024-2026 : faire système');
    expect(fr.text).toContain('Montant\u00a0: 15\u202f000,00\u00a0€');
    expect(fr.text).toContain('(demain)');
    expect(en.text).toContain('Due: 1 December 2026 (tomorrow)');
    expect(en.text).toContain('Amount: €15,000.00');
  });

  it('names an application deadline by its kind when it has no label of its own', async () => {
    const vars = { ...samples['funding-reminder'], kind: 'application' as const, label: null, daysLeft: 0 };
    const { text } = await renderEmail('funding-reminder', { locale: 'fr', vars });
    expect(text).toContain('Objet\u00a0: Date limite de candidature');
    expect(text).toContain('(aujourd’hui)');
  });
});
