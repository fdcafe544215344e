import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';

/** Addresses a feed may never point at (the server's own network), unless their host is allowed by configuration. */
const PRIVATE_V4 = new BlockList();
// Kept apart: a BlockList also matches IPv4 addresses against IPv6 rules such as ::ffff:0:0/96.
const PRIVATE_V6 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE_V4.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  // IPv4-mapped addresses (::ffff:7f00:1 is 127.0.0.1): no public feed needs them.
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE_V6.addSubnet(net, prefix, 'ipv6');

export const isPrivateAddress = (address: string): boolean => {
  const family = isIP(address);
  if (family === 0) return true;
  return family === 4 ? PRIVATE_V4.check(address, 'ipv4') : PRIVATE_V6.check(address, 'ipv6');
};

export interface FeedClientOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Hosts (names or addresses, lower case) whose private addresses are accepted: test fixtures, an intranet. */
  allowedHosts: readonly string[];
  userAgent: string;
}

export interface FeedRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
}

export type FeedFetch =
  | {
      ok: true;
      status: 200;
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { ok: true; status: 304 }
  | { ok: false; status: number | null; error: FeedFailure };

/** Why a feed could not be read: stable keys, translated where they are shown. */
export const FEED_FAILURES = [
  'invalid_url',
  'private_address',
  'timeout',
  'too_large',
  'too_many_redirects',
  'http_error',
  'network',
  'unreadable',
] as const;
export type FeedFailure = (typeof FEED_FAILURES)[number];

class FeedRefused extends Error {
  constructor(readonly failure: FeedFailure) {
    super(failure);
  }
}

/**
 * A bounded, polite GET: one overall deadline, a body size cap that aborts the download, conditional requests
 * (ETag / If-Modified-Since), redirects followed by hand. Every hop's address is checked where the socket connects
 * (the `lookup` hook, so a name that resolves differently the second time cannot slip through) and, for a literal
 * address, before connecting.
 */
export async function fetchFeed(req: FeedRequest, options: FeedClientOptions): Promise<FeedFetch> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return { ok: false, status: null, error: 'invalid_url' };
  }
  try {
    for (let hop = 0; hop <= options.maxRedirects; hop++) {
      const res = await get(url, hop === 0 ? req : {}, options, deadline);
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
        res.resume();
        url = new URL(res.headers.location, url);
        continue;
      }
      if (status === 304) {
        res.resume();
        return { ok: true, status: 304 };
      }
      if (status !== 200) {
        res.resume();
        return { ok: false, status, error: 'http_error' };
      }
      const body = await readCapped(res, options.maxBytes, deadline);
      return {
        ok: true,
        status: 200,
        body,
        contentType: res.headers['content-type'] ?? null,
        etag: header(res, 'etag'),
        lastModified: header(res, 'last-modified'),
      };
    }
    return { ok: false, status: null, error: 'too_many_redirects' };
  } catch (e) {
    // A refusal from the lookup hook reaches here as the socket's error, or as its cause.
    const refused = e instanceof FeedRefused ? e : (e as Error).cause;
    if (refused instanceof FeedRefused) return { ok: false, status: null, error: refused.failure };
    if (deadline.aborted) return { ok: false, status: null, error: 'timeout' };
    return { ok: false, status: null, error: 'network' };
  }
}

const header = (res: IncomingMessage, name: string): string | null => {
  const v = res.headers[name];
  return typeof v === 'string' ? v : null;
};

function get(
  url: URL,
  conditional: { etag?: string | null; lastModified?: string | null },
  options: FeedClientOptions,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FeedRefused('invalid_url');
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const allowed = options.allowedHosts.includes(host);
  if (isIP(host) && !allowed && isPrivateAddress(host)) throw new FeedRefused('private_address');
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: 'application/json, text/csv, */*',
  };
  if (conditional.etag) headers['if-none-match'] = conditional.etag;
  if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      headers,
      signal,
      lookup: (hostname, opts, callback) =>
        dnsLookup(hostname, { ...opts, all: true }, (err, addresses: LookupAddress[]) => {
          if (err) return callback(err, '', 0);
          const usable = allowed ? addresses : addresses.filter((a) => !isPrivateAddress(a.address));
          if (usable.length === 0) return callback(new FeedRefused('private_address'), '', 0);
          if (opts.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
          callback(null, usable[0].address, usable[0].family);
        }),
    });
    request.on('response', resolve);
    request.on('error', reject);
  });
}

/** Reads the body up to `maxBytes`: past it, the download is destroyed rather than kept in memory. */
function readCapped(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.reject(new FeedRefused('too_large'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const abort = () => {
      res.destroy();
      reject(new FeedRefused('timeout'));
    };
    signal.addEventListener('abort', abort, { once: true });
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        signal.removeEventListener('abort', abort);
        res.destroy();
        reject(new FeedRefused('too_large'));
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => {
      signal.removeEventListener('abort', abort);
      resolve(Buffer.concat(chunks));
    });
    res.on('error', (e) => {
      signal.removeEventListener('abort', abort);
      reject(signal.aborted ? new FeedRefused('timeout') : e);
    });
  });
}
