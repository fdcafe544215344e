import mjml2html from 'mjml';
import {
  personaliseNewsletter,
  renderNewsletter,
  richTextToPlain,
  sanitizeRichText,
  type NewsletterIssueContent,
} from '../src';
import { newsletterSample } from '../src/samples';
import { keyFragments } from './fragments';

// Counts the real compiler's calls.
jest.mock('mjml', () => jest.fn(jest.requireActual('mjml')));

const recipient = {
  firstName: 'Camille',
  unsubscribeUrl: 'https://maillage.example.org/api/newsletters/public/unsubscribe/abc',
};

describe('newsletter rendering', () => {
  beforeEach(() => (mjml2html as unknown as jest.Mock).mockClear());

  it('compiles MJML once per issue and never per recipient', async () => {
    const rendered = await renderNewsletter(newsletterSample);
    expect(mjml2html).toHaveBeenCalledTimes(1);
    for (const firstName of ['Camille', 'Yanis', null]) personaliseNewsletter(rendered, { ...recipient, firstName });
    expect(mjml2html).toHaveBeenCalledTimes(1);
  });

  it('leaves only the per-recipient placeholders, then fills them (escaped in HTML)', async () => {
    const rendered = await renderNewsletter(newsletterSample);
    expect([...new Set([...rendered.html.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((m) => m[1]))].sort()).toEqual([
      'greeting',
      'unsubscribeUrl',
    ]);
    const mail = personaliseNewsletter(rendered, {
      firstName: 'Léa & <Max>',
      unsubscribeUrl: recipient.unsubscribeUrl,
    });
    expect(mail.html).toContain('Bonjour Léa &amp; &lt;Max&gt;,');
    expect(mail.text).toContain('Bonjour Léa & <Max>,');
    expect(mail.html).toContain(`<a href="${recipient.unsubscribeUrl}"`);
    expect(mail.text).toContain(recipient.unsubscribeUrl);
    for (const part of [mail.html, mail.text]) expect(part).not.toMatch(/\{\{|\}\}/);
    expect(personaliseNewsletter(rendered, { ...recipient, firstName: '  ' }).text).toContain('Bonjour,\n');
  });

  it('renders every block type in HTML and text', async () => {
    const mail = personaliseNewsletter(await renderNewsletter(newsletterSample), recipient);
    expect(keyFragments(mail.html)).toMatchSnapshot();
    expect(mail.text).toMatchSnapshot();
    for (const [img] of mail.html.matchAll(/<img[^>]*>/g)) expect(img).toMatch(/\salt="[^"]+"/);
  });

  it('makes scripts, event handlers, javascript: links and placeholders typed in blocks inert', async () => {
    const hostile: NewsletterIssueContent = {
      ...newsletterSample,
      title: '<script>alert("titre")</script>',
      blocks: [
        {
          type: 'editorial',
          title: '<img src=x onerror=alert(1)>',
          html: '<p onclick="alert(1)">Salut <script>alert(2)</script><a href="javascript:alert(3)">clic</a> <a href="https://ok.example.org">ok</a> {{unsubscribeUrl}}</p><iframe src="https://evil.example.org"></iframe>',
        },
        {
          type: 'article',
          title: 'A "quoted" <b>title</b>',
          text: 'Texte {{greeting}} </mj-text><mj-raw><script>alert(4)</script></mj-raw>',
          imageUrl: 'https://img.example.org/a.png"onerror="alert(5)',
          imageAlt: '"><script>alert(6)</script>',
        },
      ],
    };
    const rendered = await renderNewsletter(hostile);
    const mail = personaliseNewsletter(rendered, recipient);
    expect(mail.html).not.toMatch(/<script|javascript:|<iframe/i);
    // Escaped text never holds a "<", so every tag here is real markup: none may carry an event handler.
    for (const [tag] of mail.html.matchAll(/<[a-z][^>]*>/gi)) expect(tag).not.toMatch(/\son\w+=/i);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;titre&quot;)&lt;/script&gt;');
    expect(mail.html).toMatch(/<a href="https:\/\/ok\.example\.org"[^>]*>ok<\/a>/);
    // A placeholder typed by a composer is shown as typed, never filled.
    expect(mail.html).toContain('&#123;&#123;unsubscribeUrl&#125;&#125;');
    expect(mail.text).toContain('{\u200b{greeting}}');
    expect(mail.html.match(/maillage\.example\.org\/api\/newsletters\/public\/unsubscribe\/abc/g)).toHaveLength(1);
  });

  it('refuses a link or image that is not http(s)', async () => {
    const bad: NewsletterIssueContent = {
      ...newsletterSample,
      blocks: [{ type: 'donation', title: 'Don', text: 'x', buttonLabel: 'Go', buttonUrl: 'javascript:alert(1)' }],
    };
    await expect(renderNewsletter(bad)).rejects.toThrow('Not an http(s) URL');
  });

  it('words the chrome in English for an English issue', async () => {
    const mail = personaliseNewsletter(await renderNewsletter({ ...newsletterSample, locale: 'en' }), {
      ...recipient,
      firstName: null,
    });
    expect(mail.text).toMatch(/^Newsletter no\. 12 — 15 March 2026/);
    expect(mail.text).toContain('Hello,');
    expect(mail.html).toContain('<html lang="en"');
  });
});

describe('rich text', () => {
  it('keeps the allowed markup and is idempotent', () => {
    const clean = sanitizeRichText(
      '<h2>Titre</h2><p>Un <strong>mot</strong> <em>fort</em><br>et <a href="mailto:a@b.org" target="_blank">un lien</a></p><ul><li>un</li><li>deux</li></ul>',
    );
    expect(clean).toBe(
      '<h2>Titre</h2><p>Un <strong>mot</strong> <em>fort</em><br />et <a href="mailto:a@b.org">un lien</a></p><ul><li>un</li><li>deux</li></ul>',
    );
    expect(sanitizeRichText(clean)).toBe(clean);
  });

  it('turns into readable plain text', () => {
    const text = richTextToPlain(
      sanitizeRichText(
        '<p>Bonjour &amp; bienvenue</p><p>Voir <a href="https://a.example.org">le site</a></p><ul><li>un</li><li>deux</li></ul>',
      ),
    );
    expect(text).toBe('Bonjour & bienvenue\n\nVoir le site (https://a.example.org)\n\n- un\n- deux');
  });
});
