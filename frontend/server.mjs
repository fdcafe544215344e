// The UI's server: Next.js behind a thin node:http layer, because two things are known only here, before Next runs.
// - The client's address: Next passes a browser's own X-Forwarded-For through to the API, which would then audit and
//   rate-limit whatever address the browser chose. The header is rebuilt from the socket (see clientChain).
// - The response headers of every answer (pages, assets, /api, errors), with a fresh CSP nonce per request that Next
//   reads from the request's Content-Security-Policy and puts on its own scripts.
// `node server.mjs` serves the build (PORT, HOSTNAME); `node server.mjs --dev` runs Next's dev server instead.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import proxyaddr from 'proxy-addr';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '127.0.0.1';

/**
 * Proxies in front of the UI whose X-Forwarded-For is believed, in the syntax of the API's TRUST_PROXY
 * (`loopback`, `uniquelocal`, IPs, CIDRs, comma-separated). Empty by default: browsers reach the UI directly.
 */
const trusted = proxyaddr.compile(
  (process.env.UI_TRUST_PROXY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/**
 * The chain the API gets: the socket's address, preceded by what trusted proxies in front said, back to (and
 * including) the first address no trusted proxy vouches for. Anything a browser wrote further left is dropped.
 */
function clientChain(req) {
  return proxyaddr.all(req, trusted).reverse().join(', ');
}

const https = (process.env.APP_URL ?? '').startsWith('https://');

/** Headers of every answer. Styles may be inline (Mantine's style props, the newsletter preview's own CSS); scripts
 *  never. */
function securityHeaders(nonce) {
  const csp = [
    "default-src 'self'",
    // 'strict-dynamic': the chunks Next's nonced bootstrap loads are trusted through it. Dev mode evaluates modules.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Newsletter articles show images from their own https addresses; QR codes and uploads are data: or blob:.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    // Reset and invitation links carry their token in the URL: never sent to another site.
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

const app = next({ dev, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((req, res) => {
    const fromTrustedProxy = trusted(req.socket.remoteAddress ?? '', 0);
    req.headers['x-forwarded-for'] = clientChain(req);
    // Next derives these from the socket and Host when absent; only a trusted proxy may say otherwise.
    if (!fromTrustedProxy) {
      delete req.headers['x-forwarded-proto'];
      delete req.headers['x-forwarded-host'];
      delete req.headers['x-forwarded-port'];
    }
    const headers = securityHeaders(randomBytes(16).toString('base64'));
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // Next takes the nonce for its scripts from the request's policy; the root layout hands it to Mantine's script.
    req.headers['content-security-policy'] = headers['content-security-policy'];
    handle(req, res);
  })
  .listen(port, hostname, () => console.log(`UI on http://${hostname}:${port}${dev ? ' (dev)' : ''}`));
