import { backendUrl } from '@/lib/server/backend';

/**
 * Forwards every /api/* request to the backend, read from API_URL at run time (so one build serves any deployment).
 * Method, headers (cookies, CSRF token, Accept-Language), body and the answer (status, Set-Cookie, CSV…) pass as
 * they are, streamed both ways.
 */

// Headers about this hop only; undici also refuses some of them. Accept-Encoding is dropped so the backend answers
// uncompressed: fetch would decode a compressed body anyway, and Next compresses what it sends to the browser.
const REQUEST_HEADERS_DROPPED = [
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'accept-encoding',
  'content-length',
];
const RESPONSE_HEADERS_DROPPED = [
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
];

async function forward(request: Request): Promise<Response> {
  const incoming = new URL(request.url);
  const target = new URL(incoming.pathname + incoming.search, backendUrl());

  const headers = new Headers(request.headers);
  for (const name of REQUEST_HEADERS_DROPPED) headers.delete(name);
  headers.set('x-forwarded-host', incoming.host);
  headers.set('x-forwarded-proto', incoming.protocol.replace(':', ''));

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? request.body : undefined,
      // Required by undici to stream a request body.
      ...(hasBody ? { duplex: 'half' } : {}),
      redirect: 'manual',
      cache: 'no-store',
      signal: request.signal,
    });
  } catch {
    return Response.json({ error: { code: 'bad_gateway', message: 'API unreachable' } }, { status: 502 });
  }

  const responseHeaders = new Headers(upstream.headers);
  for (const name of RESPONSE_HEADERS_DROPPED) responseHeaders.delete(name);
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}

export {
  forward as GET,
  forward as HEAD,
  forward as POST,
  forward as PUT,
  forward as PATCH,
  forward as DELETE,
  forward as OPTIONS,
};
