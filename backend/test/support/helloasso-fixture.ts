import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for HelloAsso's API v5, shaped like its answers: OAuth2 client credentials at `/oauth2/token`, a
 * form's orders a page at a time with continuation tokens (an empty page at the end, as HelloAsso does), a payment by
 * id. Nothing leaves the machine. Uses Node's own modules only, so the browser tests start it too.
 */
export const FIXTURE_CLIENT = { id: 'fixture-client-id', secret: 'fixture-client-secret' };
export const FIXTURE_ORG = 'reseau-faire-systeme';

export interface FixturePayer {
  email: string;
  firstName: string;
  lastName: string;
  address?: string;
  zipCode?: string;
  city?: string;
  company?: string;
}

export interface FixtureOrder {
  id: number;
  formSlug: string;
  formType: string;
  payer: FixturePayer;
  monthly?: boolean;
  payments: { id: number; amount: number; date: string; state: string; updatedAt?: string }[];
}

/** A payment as HelloAsso describes it, inside an order or in a notification. */
export function paymentOf(order: FixtureOrder, p: FixtureOrder['payments'][number]) {
  return {
    id: p.id,
    amount: p.amount,
    date: p.date,
    state: p.state,
    paymentMeans: 'Card',
    installmentNumber: 1,
    meta: { createdAt: p.date, updatedAt: p.updatedAt ?? p.date },
    order: { id: order.id, formSlug: order.formSlug, formType: order.formType, organizationSlug: FIXTURE_ORG },
    payer: order.payer,
    items: [{ type: order.monthly ? 'MonthlyDonation' : 'Donation', amount: p.amount, state: 'Processed' }],
  };
}

/** A `Payment` notification's body and its `x-ha-signature`. */
export function notification(key: string, order: FixtureOrder, p: FixtureOrder['payments'][number]) {
  const body = JSON.stringify({ data: paymentOf(order, p), eventType: 'Payment' });
  return { body, signature: createHmac('sha256', key).update(body).digest('hex') };
}

export class HelloAssoFixture {
  orders: FixtureOrder[] = [];
  /** Requests served, for assertions on paging (`GET /v5/…?continuationToken=…`). */
  readonly requests: string[] = [];
  private server?: Server;

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://fixture');
      this.requests.push(`${req.method} ${url.pathname}${url.search}`);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'POST' && url.pathname === '/oauth2/token') {
        let raw = '';
        req.on('data', (c: Buffer) => (raw += c.toString()));
        req.on('end', () => {
          const form = new URLSearchParams(raw);
          if (form.get('client_id') !== FIXTURE_CLIENT.id || form.get('client_secret') !== FIXTURE_CLIENT.secret)
            return send(400, { error: 'unauthorized_client' });
          send(200, { access_token: 'fixture-token', token_type: 'bearer', expires_in: 1800, refresh_token: 'r' });
        });
        return;
      }
      if (req.headers.authorization !== 'Bearer fixture-token') return send(401, { message: 'Unauthorized' });
      const orders = /^\/v5\/organizations\/([^/]+)\/forms\/([^/]+)\/([^/]+)\/orders$/.exec(url.pathname);
      if (req.method === 'GET' && orders?.[1] === FIXTURE_ORG) {
        const [, , type, slug] = orders;
        const all = this.orders.filter((o) => o.formType === type && o.formSlug === slug);
        const size = Number(url.searchParams.get('pageSize') ?? 20);
        const token = url.searchParams.get('continuationToken');
        const from = token ? Number(Buffer.from(token, 'base64').toString()) : 0;
        const data = all.slice(from, from + size).map((o) => ({
          id: o.id,
          date: o.payments[0].date,
          formSlug: o.formSlug,
          formType: o.formType,
          organizationSlug: FIXTURE_ORG,
          payer: o.payer,
          items: [{ type: o.monthly ? 'MonthlyDonation' : 'Donation', amount: o.payments[0].amount }],
          payments: o.payments.map((p) => paymentOf(o, p)),
        }));
        const next = Buffer.from(String(Math.min(from + size, all.length))).toString('base64');
        return send(200, {
          data,
          pagination: { pageSize: size, totalCount: all.length, continuationToken: next },
        });
      }
      const payment = /^\/v5\/payments\/(\d+)$/.exec(url.pathname);
      if (req.method === 'GET' && payment) {
        for (const o of this.orders)
          for (const p of o.payments) if (p.id === Number(payment[1])) return send(200, paymentOf(o, p));
      }
      send(404, { message: 'Not found' });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
