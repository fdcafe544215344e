import { newsletterSample, personaliseNewsletter, renderNewsletter, type RenderedNewsletter } from '@maillage/emails';
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { loadConfig } from '../../../config/app-config';
import { newsletterMessage } from './bulk-mailer';

const config = loadConfig({});
const list = { id: '00000000-0000-4000-8000-000000000001', key: 'lettre', name: 'La lettre' };
// Builds the whole message as nodemailer would send it, without a server.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });

async function sent(rendered: RenderedNewsletter, firstName: string | null, url: string) {
  const message = newsletterMessage(
    config,
    rendered,
    {
      deliveryId: '1',
      email: 'camille@example.org',
      firstName,
      subscriberId: '00000000-0000-4000-8000-000000000002',
      list,
    },
    () => url,
  );
  const raw = (await composer.sendMail(message)).message as Buffer;
  return { raw: raw.toString('latin1'), parsed: await simpleParser(raw) };
}

/** The lines of each quoted-printable body (between its part's blank line and the next boundary). */
const qpBodyLines = (raw: string) =>
  [...raw.matchAll(/Content-Transfer-Encoding: quoted-printable\r\n\r\n([\s\S]*?)\r\n--/g)].flatMap((m) =>
    m[1].split(/\r?\n/),
  );

describe('newsletter parts encoded once per issue', () => {
  let rendered: RenderedNewsletter;
  beforeAll(async () => {
    rendered = await renderNewsletter(newsletterSample);
  });

  it('decode to exactly the personalised copy, whatever the name and link, with lines of 76 characters at most', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.string({ unit: 'grapheme', maxLength: 120 }), { nil: null }),
        fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }),
        async (firstName, url) => {
          const { raw, parsed } = await sent(rendered, firstName, url);
          const expected = personaliseNewsletter(rendered, { firstName, unsubscribeUrl: url });
          expect(parsed.html).toBe(expected.html);
          expect(parsed.text).toBe(expected.text);
          const lines = qpBodyLines(raw);
          expect(lines.length).toBeGreaterThan(100);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(76);
        },
      ),
      { numRuns: 100 },
    );
    // A hundred MIME renderings: room for a 2-core machine busy with the e2e suites beside it.
  }, 120_000);

  it('names what nodemailer would have chosen for the parts, and keeps the subject and headers', async () => {
    const { raw, parsed } = await sent(rendered, 'Léa & <Max>', 'https://maillage.example.org/u/abc');
    expect(
      raw.match(/Content-Type: text\/(plain|html); charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable/g),
    ).toHaveLength(2);
    expect(parsed.subject).toBe(rendered.subject);
    expect(parsed.html).toContain('Bonjour Léa &amp; &lt;Max&gt;,');
    expect(parsed.text).toContain('Bonjour Léa & <Max>,');
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/maillage\.example\.org\/u\/abc>/m);
  });

  it('follows a rendering that changed since it was first encoded', async () => {
    const copy = { ...rendered };
    await sent(copy, 'Camille', 'https://maillage.example.org/u/abc');
    copy.html = copy.html.replace('</body>', '<p>ajout</p></body>');
    expect((await sent(copy, 'Camille', 'https://maillage.example.org/u/abc')).parsed.html).toContain('<p>ajout</p>');
  });
});
