import { Injectable } from '@nestjs/common';
import { Conflict } from '../../common/errors';
import { msg } from '../../common/error-catalogue';
import { AppConfig } from '../../config/app-config';
import { DonationError } from './donations.errors';

/** The parts of HelloAsso's v5 answers Maillage reads (amounts in cents, dates ISO 8601 with an offset). */
export interface HaPayer {
  email?: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  address?: string;
  zipCode?: string;
  city?: string;
}
export interface HaItem {
  type?: string;
  amount?: number;
}
export interface HaOrderRef {
  id: number;
  formSlug?: string;
  formType?: string;
  organizationSlug?: string;
}
export interface HaPayment {
  id: number;
  amount: number;
  date: string;
  state: string;
  paymentMeans?: string;
  meta?: { createdAt?: string; updatedAt?: string };
  order?: HaOrderRef;
  payer?: HaPayer;
  items?: HaItem[];
}
export interface HaOrder extends HaOrderRef {
  date?: string;
  payer?: HaPayer;
  items?: HaItem[];
  payments?: HaPayment[];
}
interface HaPage<T> {
  data: T[];
  pagination?: { continuationToken?: string };
}

/** Orders are read a page at a time: this many per request (HelloAsso's maximum is 100). */
const PAGE_SIZE = 50;

/**
 * HelloAsso's API v5, as an OAuth2 client (client credentials): a token from `/oauth2/token`, kept until shortly
 * before it expires, then a form's orders page by page (continuation tokens, until a page comes back empty) and a
 * payment by id.
 */
@Injectable()
export class HelloAssoClient {
  private token: { value: string; until: number } | null = null;

  constructor(private readonly config: AppConfig) {}

  get configured(): boolean {
    return Boolean(this.config.HELLOASSO_CLIENT_ID && this.config.HELLOASSO_ORGANIZATION_SLUG);
  }

  get organizationSlug(): string {
    return this.config.HELLOASSO_ORGANIZATION_SLUG!;
  }

  /** Every order of a form, its payments and payer included. */
  async *orders(formType: string, formSlug: string): AsyncGenerator<HaOrder> {
    const path = `/v5/organizations/${encodeURIComponent(this.organizationSlug)}/forms/${encodeURIComponent(formType)}/${encodeURIComponent(formSlug)}/orders`;
    let continuation: string | undefined;
    for (;;) {
      const query = new URLSearchParams({ pageSize: String(PAGE_SIZE), withDetails: 'true' });
      if (continuation) query.set('continuationToken', continuation);
      const page = await this.get<HaPage<HaOrder>>(`${path}?${query}`);
      if (!page.data?.length) return;
      yield* page.data;
      const next = page.pagination?.continuationToken;
      if (!next || next === continuation) return;
      continuation = next;
    }
  }

  payment(id: number): Promise<HaPayment> {
    return this.get<HaPayment>(`/v5/payments/${id}`);
  }

  private async get<T>(path: string): Promise<T> {
    let res = await fetch(this.url(path), { headers: await this.headers() });
    if (res.status === 401) {
      // The token may have been revoked early: one new token, one more try.
      this.token = null;
      res = await fetch(this.url(path), { headers: await this.headers() });
    }
    if (!res.ok) throw unreachable(res.status);
    return (await res.json()) as T;
  }

  private async headers() {
    if (!this.token || this.token.until < Date.now()) {
      const res = await fetch(this.url('/oauth2/token'), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: this.config.HELLOASSO_CLIENT_ID!,
          client_secret: this.config.HELLOASSO_CLIENT_SECRET!,
        }),
      });
      if (!res.ok) throw unreachable(res.status);
      const body = (await res.json()) as { access_token: string; expires_in: number };
      this.token = { value: body.access_token, until: Date.now() + (body.expires_in - 60) * 1000 };
    }
    return { authorization: `Bearer ${this.token.value}`, accept: 'application/json' };
  }

  private url(path: string) {
    return new URL(path, this.config.HELLOASSO_API_URL).toString();
  }
}

/** HelloAsso refused or failed: told to the caller as a conflict with the status it answered. */
const unreachable = (status: number) => new Conflict(msg(DonationError.HelloAssoUnreachable, { status }));
