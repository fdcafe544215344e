import { emailNames, locales, renderEmail, type EmailName, type Locale } from '../src';
import { samples } from '../src/samples';
import { keyFragments } from './fragments';

const cases = emailNames.flatMap((name) => locales.map((locale): [EmailName, Locale] => [name, locale]));

describe.each(cases)('%s (%s)', (name, locale) => {
  const rendered = () => renderEmail(name, { locale, vars: samples[name] });

  it('renders subject, HTML and text with every placeholder filled', async () => {
    const { subject, html, text } = await rendered();
    expect(subject.length).toBeGreaterThan(10);
    for (const part of [subject, html, text]) expect(part).not.toMatch(/\{\{|\}\}/);
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toContain('<mj-');
  });

  it('has the text part it had', async () => {
    const { subject, text } = await rendered();
    expect(`Subject: ${subject}\n\n${text}`).toMatchSnapshot();
  });

  it('has the key HTML fragments it had', async () => {
    expect(keyFragments((await rendered()).html)).toMatchSnapshot();
  });

  it('is accessible: language, title, one heading, alt text on every image, network footer', async () => {
    const { html } = await rendered();
    expect(html).toContain(`<html lang="${locale}"`);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    for (const [img] of html.matchAll(/<img[^>]*>/g)) expect(img).toMatch(/\salt="[^"]+"/);
    expect(html).toContain(locale === 'fr' ? 'Maillage — réseau coopératif' : 'Maillage — cooperative network');
  });
});

describe('wording', () => {
  it('words dates in Paris time and lists roles in the recipient’s language', async () => {
    const vars = {
      ...samples.invitation,
      roles: ['coordinator', 'copil', 'volunteer'] as const,
      expiresAt: new Date('2026-07-01T06:05:00Z'),
    };
    const fr = await renderEmail('invitation', { locale: 'fr', vars });
    const en = await renderEmail('invitation', { locale: 'en', vars });
    expect(fr.text).toContain(
      'Vos accès\u00a0: coordination du réseau, membre du COPIL et bénévole (siège de Colibris au COPIL).',
    );
    expect(fr.text).toContain('jusqu’au 1 juillet 2026 à 08:05 (heure de Paris)');
    expect(en.text).toContain(
      'Your access: network coordination, steering committee (COPIL) member and volunteer (the seat of Colibris on the COPIL).',
    );
    // No seat, no parenthesis.
    const staff = await renderEmail('invitation', { locale: 'fr', vars: { ...vars, copilSeats: [] } });
    expect(staff.text).toContain('membre du COPIL et bénévole.');
    expect(en.text).toContain('until 1 July 2026 at 08:05 (Paris time)');
  });

  it('tells the reset is single-use and says to ignore it when it was not you', async () => {
    const { text } = await renderEmail('password-reset', { locale: 'fr', vars: samples['password-reset'] });
    expect(text).toContain('une seule fois');
    expect(text).toContain('Si vous n’êtes pas à l’origine de cette demande, ignorez ce message');
  });

  it.each(emailNames)('%s greets by the first name when known, plainly otherwise (never "Bonjour ,")', async (name) => {
    // Every email greets its reader: each sample names them.
    const sample = samples[name] as { firstName: string };
    const named = await renderEmail(name, { locale: 'fr', vars: samples[name] });
    expect(named.text).toContain(`Bonjour ${sample.firstName},`);
    const vars = { ...samples[name], firstName: name === 'newsletter-confirm' ? null : ' ' };
    for (const locale of ['fr', 'en'] as const) {
      const { text, html } = await renderEmail(name, { locale, vars } as never);
      const plain = locale === 'fr' ? 'Bonjour,' : 'Hello,';
      expect(text.split('\n')[0]).toBe(plain);
      expect(html).toContain(`>${plain}<`);
    }
  });
});
