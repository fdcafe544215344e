import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkLinks, checkRendering, externalLinks, GMAIL_CLIP_BYTES } from './deliverability';

const unsubscribeUrl = 'https://maillage.example.org/api/newsletters/public/unsubscribe/x';
const good = {
  html: `<p>Bonjour</p><img src="https://img.example.org/a.png" alt="Une carte"><a href="https://a.example.org/?a=1&amp;b=2">lien</a><a href="${unsubscribeUrl}">Se désinscrire</a>`,
  text: `Bonjour, voici la lettre.\n${unsubscribeUrl}`,
  unsubscribeUrl,
};
const codes = (p: { code: string }[]) => p.map((x) => x.code);

describe('deliverability check', () => {
  it('finds nothing wrong in a good copy with DKIM', () => {
    expect(checkRendering(good, { dkim: true, lists: 1, blocks: 2 })).toEqual([]);
  });

  it('lists each problem', () => {
    const bad = {
      html: `<img src="http://img.example.org/a.png" alt=""><img src="https://x.example.org/b.png"><a href="http://insecure.example.org">x</a>${'x'.repeat(GMAIL_CLIP_BYTES)}`,
      text: ' ',
      unsubscribeUrl,
    };
    const problems = checkRendering(bad, { dkim: false, lists: 0, blocks: 0 });
    expect(codes(problems)).toEqual([
      'no_blocks',
      'no_lists',
      'no_text',
      'image_alt',
      'image_alt',
      'not_https',
      'not_https',
      'too_large',
      'no_unsubscribe',
      'no_dkim',
    ]);
    expect(problems.filter((p) => p.code === 'not_https').map((p) => p.detail)).toEqual([
      'http://insecure.example.org',
      'http://img.example.org/a.png',
    ]);
  });

  it('tells an http address and no DKIM key as information while in development, as warnings in production', () => {
    const severities = (development: boolean) =>
      checkRendering(good, { dkim: false, lists: 1, blocks: 1, ownUrl: 'http://localhost:3000', development }).map(
        (p) => [p.code, p.severity],
      );
    expect(severities(true)).toEqual([
      ['own_url_not_https', 'info'],
      ['no_dkim', 'info'],
    ]);
    expect(severities(false)).toEqual([
      ['own_url_not_https', 'warning'],
      ['no_dkim', 'warning'],
    ]);
  });

  it('keeps external links only, decoded', () => {
    expect(externalLinks(good.html, ['https://maillage.example.org/'])).toEqual([
      'https://a.example.org/?a=1&b=2',
      'https://img.example.org/a.png',
    ]);
  });

  describe('link requests', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/head-refused' && req.method === 'HEAD') return void res.writeHead(405).end();
        res.writeHead(req.url === '/missing' ? 404 : 200).end('ok');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((r) => server.close(r)));

    it('reports 4xx and unreachable links, retrying GET when HEAD is refused', async () => {
      const closed = createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
      const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/closed`;
      await new Promise((r) => closed.close(r));
      const problems = await checkLinks([`${base}/ok`, `${base}/missing`, `${base}/head-refused`, closedUrl]);
      expect(problems.map((p) => [p.detail, p.message]).sort()).toEqual(
        [
          [`${base}/missing`, { fr: 'Lien cassé (404)', en: 'Broken link (404)' }],
          [closedUrl, { fr: 'Lien cassé (ECONNREFUSED)', en: 'Broken link (ECONNREFUSED)' }],
        ].sort(),
      );
    });
  });
});
