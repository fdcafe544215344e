import type { FastifyInstance } from 'fastify';

/** The API answers JSON, CSV and files: nothing in them may run, load anything, or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** The sent newsletter shown as a page: its own inline CSS and images, no script, no form. */
export const NEWSLETTER_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** Swagger UI: its own scripts and styles from the API, nothing else. */
const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Security headers on every answer of the API, errors and 404s included (an onRequest hook runs for them too).
 * A route sets its own Content-Security-Policy or Cache-Control where it needs another (the newsletter's public
 * pages), which is kept. HSTS only when served over https.
 */
export function registerSecurityHeaders(
  fastify: FastifyInstance,
  options: { https: boolean; docsPrefix: string },
): void {
  fastify.addHook('onRequest', (req, reply, done) => {
    void reply.headers({
      'content-security-policy': req.url.startsWith(options.docsPrefix) ? DOCS_CSP : API_CSP,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
      // Answers carry personal data: no shared or browser cache keeps them, unless a public route says otherwise.
      'cache-control': 'no-store',
      ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    });
    done();
  });
}
