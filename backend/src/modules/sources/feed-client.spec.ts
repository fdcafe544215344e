import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchFeed, isPrivateAddress, type FeedClientOptions } from './feed-client';
import { figures, readRecords } from './feed-records';

const options = (allowedHosts: string[] = []): FeedClientOptions => ({
  timeoutMs: 2000,
  maxBytes: 1024,
  maxRedirects: 2,
  allowedHosts,
  userAgent: 'test',
});

describe('feed client', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
      if (req.url === '/big') return void res.writeHead(200, { 'content-length': '4096' }).end(Buffer.alloc(4096));
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('tells private, loopback and link-local addresses from public ones', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:127.0.0.1',
    ])
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    for (const a of ['93.184.216.34', '2a00:1450:4007:80f::200e']) expect([a, isPrivateAddress(a)]).toEqual([a, false]);
  });

  it('refuses a loopback feed unless its host is allowed', async () => {
    expect(await fetchFeed({ url: `${base}/ok` }, options())).toEqual({
      ok: false,
      status: null,
      error: 'private_address',
    });
    expect(await fetchFeed({ url: `${base}/ok` }, options(['127.0.0.1']))).toMatchObject({ ok: true, status: 200 });
  });

  it('refuses a name that resolves to a loopback address', async () => {
    const url = `http://localhost:${(server.address() as AddressInfo).port}/ok`;
    expect(await fetchFeed({ url }, options(['127.0.0.1']))).toMatchObject({ ok: false, error: 'private_address' });
  });

  it('stops at a redirect loop, a declared length over the limit, and a URL it cannot use', async () => {
    expect(await fetchFeed({ url: `${base}/loop` }, options(['127.0.0.1']))).toMatchObject({
      error: 'too_many_redirects',
    });
    expect(await fetchFeed({ url: `${base}/big` }, options(['127.0.0.1']))).toMatchObject({ error: 'too_large' });
    expect(await fetchFeed({ url: 'ftp://example.org/x' }, options())).toMatchObject({ error: 'invalid_url' });
    expect(await fetchFeed({ url: 'not a url' }, options())).toMatchObject({ error: 'invalid_url' });
  });
});

describe('feed records', () => {
  it('reads Gogocarto elements and plain arrays, and counts what is incomplete, added and removed', () => {
    const body = Buffer.from(
      JSON.stringify({
        data: [
          { id: 1, name: 'A', geo: { latitude: 1, longitude: 2 }, categories: ['x'], updatedAt: '2026-01-02' },
          { id: 2, title: 'B', address: { streetAddress: '1 rue' }, taxonomy: [] },
        ],
      }),
    );
    const records = readRecords(body, 'application/json');
    expect(records.map((r) => [r.key, r.complete])).toEqual([
      ['1', true],
      ['2', false],
    ]);
    expect(figures(records, null)).toMatchObject({ records: 2, added: 0, removed: 0, incomplete: 1 });
    expect(figures(records, ['2', '3'])).toMatchObject({ added: 1, removed: 1 });
    expect(figures(records, null).newestChangeAt).toEqual(new Date('2026-01-02'));
  });

  it('reads a CSV with commas, and refuses a JSON without a list', () => {
    const csv = Buffer.from('id,name,address,category\n1,A,"1 rue, Lyon",x\n2,B,,x\n');
    expect(figures(readRecords(csv, 'text/csv'), null)).toMatchObject({ records: 2, incomplete: 1 });
    expect(() => readRecords(Buffer.from('{"elements": 3}'), 'application/json')).toThrow();
  });
});
