import {
  compilePlaceholders,
  escapeHtml,
  fillPlaceholders,
  MissingPlaceholderError,
  renderEmail,
  renderTemplate,
} from '../src';
import { samples } from '../src/samples';

const hostile = {
  ...samples.invitation,
  firstName: '<script>alert(1)</script>',
  inviterName: 'Léa & "Max" <b>',
  acceptUrl: 'https://maillage.example.org/invitation/x"onmouseover="alert(1)',
};

describe('escaping', () => {
  it('escapes every HTML-significant character, quotes included', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('turns a script in a name and a quote in a URL into inert text', async () => {
    const { html, text, subject } = await renderEmail('invitation', { locale: 'fr', vars: hostile });
    expect(html).not.toContain('<script>');
    expect(html).toContain('Bonjour &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(html).toContain('Léa &amp; &quot;Max&quot; &lt;b&gt;');
    expect(html).not.toContain('"onmouseover="');
    const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => href);
    expect(hrefs).toEqual(Array(2).fill('https://maillage.example.org/invitation/x&quot;onmouseover=&quot;alert(1)'));
    // Subject and text part are plain text: they keep the characters as typed.
    expect(subject).toBe('Léa & "Max" <b> vous invite à rejoindre Maillage');
    expect(text).toContain('Bonjour <script>alert(1)</script>,');
  });

  it('also escapes values inside dictionary texts (inviter name in the title)', async () => {
    const { html } = await renderEmail('invitation', { locale: 'en', vars: hostile });
    expect(html).toContain('<title>Léa &amp; &quot;Max&quot; &lt;b&gt; invites you to join Maillage</title>');
  });

  it('refuses a link that is not http(s)', async () => {
    const vars = { ...samples['password-reset'], resetUrl: 'javascript:alert(1)' };
    await expect(renderEmail('password-reset', { locale: 'fr', vars })).rejects.toThrow('Not an http(s) URL');
  });

  it('never expands placeholders found inside values', () => {
    expect(fillPlaceholders('{{a}} {{b}}', { a: '{{b}}', b: 'x' })).toBe('{{b}} x');
    expect(compilePlaceholders('{{a}} {{b}}')({ a: '{{b}}', b: 'x' })).toBe('{{b}} x');
  });

  it('fills a compiled template exactly as the one-pass fill does', () => {
    const vars = { a: '<A & "b">', b: 'x', 't.key': 'é' };
    for (const template of [
      '',
      'plain',
      '{{a}}',
      '{{a}}{{b}}',
      ' {{ a }} and {{b}}.',
      'x{{t.key}}y{{a}}',
      '{{a}} { {b}} {{b}',
    ]) {
      for (const escape of [escapeHtml, (v: string) => v])
        expect(compilePlaceholders(template)(vars, escape)).toBe(fillPlaceholders(template, vars, escape));
    }
    expect(() => compilePlaceholders('a {{missing}} b')({})).toThrow(MissingPlaceholderError);
  });
});

describe('missing variables', () => {
  it('throws on a placeholder without a value', () => {
    expect(() => fillPlaceholders('Bonjour {{ firstName }}', {})).toThrow(new MissingPlaceholderError('firstName'));
  });

  it('throws at render time when a caller leaves a variable out', async () => {
    const { inviterName: _left, ...incomplete } = samples.invitation;
    // @ts-expect-error a missing variable is a compile error first
    await expect(renderEmail('invitation', { locale: 'fr', vars: incomplete })).rejects.toThrow(
      MissingPlaceholderError,
    );
  });

  it('throws from the generic renderTemplate too', async () => {
    await expect(renderTemplate('password-reset', { firstName: 'A' })).rejects.toThrow(MissingPlaceholderError);
  });

  it('refuses template names that are not plain names', async () => {
    await expect(renderTemplate('../package', {})).rejects.toThrow('Invalid template name');
  });
});
