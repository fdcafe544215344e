import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Three elements as Gogocarto's `/api/elements.json` serves them; the third has no category. */
export const GOGOCARTO_ELEMENTS = {
  licence: 'https://opendatacommons.org/licenses/odbl/summary/',
  ontology: 'gogofull',
  data: [
    {
      id: 'a1',
      name: 'La Cagette',
      geo: { latitude: 43.6, longitude: 3.88 },
      address: { streetAddress: '3 rue de la Marbrerie', addressLocality: 'Montpellier', postalCode: '34000' },
      categories: ['Alimentation', 'Épicerie coopérative'],
      updatedAt: '2026-11-20T09:30:00+01:00',
    },
    {
      id: 'a2',
      name: 'Ressourcerie du Pays de Lunel',
      geo: { latitude: 43.67, longitude: 4.13 },
      categories: ['Réemploi'],
      updatedAt: '2026-10-02T14:00:00+02:00',
    },
    {
      id: 'a3',
      name: 'Jardin partagé des Aubes',
      address: { addressLocality: 'Montpellier', postalCode: '34000' },
      categories: [],
      updatedAt: '2026-09-12T08:00:00+02:00',
    },
  ],
};

export const CSV_FEED = [
  'id;nom;adresse;latitude;longitude;categorie;updated_at',
  'f1;Ferme de la Tournerie;Le Bourg, 23500 Felletin;45.88;2.17;Maraîchage;2026-06-01',
  'f2;Ferme du Bois Joli;;;;Élevage;2026-05-12',
  'f3;;Lieu-dit Pradel, 12380 Pousthomy;;;Maraîchage;2026-04-03',
  'f4;Les Jardins de Cocagne;12 chemin du Moulin, 25000 Besançon;;;Insertion;2026-07-19',
].join('\n');

/**
 * The feeds of the feed-check tests, on a loopback port: well-behaved ones (Gogocarto JSON with an ETag, CSV) and
 * the ones a polite client must survive (a server that never answers, a 500, redirects to private addresses, a body
 * of 50 MB).
 */
export class FeedFixtures {
  private server = http.createServer((req, res) => this.handle(req, res));
  /** What the JSON route serves: a test changes it to see records added and removed. */
  elements: object = GOGOCARTO_ELEMENTS;
  etag = '"v1"';
  /** Bytes the 50 MB route managed to write before the client hung up. */
  hugeWritten = 0;
  private hanging = new Set<http.ServerResponse>();
  base = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const port = (this.server.address() as AddressInfo).port;
    switch (req.url) {
      case '/api/elements.json':
        if (req.headers['if-none-match'] === this.etag) return void res.writeHead(304).end();
        res.writeHead(200, { 'content-type': 'application/json', etag: this.etag });
        return void res.end(JSON.stringify(this.elements));
      case '/fermes.csv':
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
        return void res.end(CSV_FEED);
      case '/slow':
        // Never answers: the client's deadline must end it.
        this.hanging.add(res);
        return;
      case '/error':
        return void res.writeHead(500).end('Internal Server Error');
      case '/to-private':
        return void res.writeHead(302, { location: 'http://10.0.0.7/api/elements.json' }).end();
      case '/to-localhost':
        // The same loopback server under a name that is not allowed: the resolved address must be checked.
        return void res.writeHead(301, { location: `http://localhost:${port}/api/elements.json` }).end();
      case '/huge':
        return this.huge(res);
      default:
        res.writeHead(404).end();
    }
  }

  /** 50 MB of a JSON array, streamed without a length, for as long as the client reads. */
  private huge(res: http.ServerResponse): void {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const total = 50 * 1024 * 1024;
    res.write('[');
    const pump = () => {
      while (this.hugeWritten < total && !res.destroyed) {
        this.hugeWritten += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end(']');
    };
    res.on('error', () => undefined);
    pump();
  }
}
