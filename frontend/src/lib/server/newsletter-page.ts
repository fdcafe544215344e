import 'server-only';
import { backendUrl } from './backend';

/**
 * An issue's rendering from the API (the web version, a test mail's preview), served as its own page under the API's
 * policy for sent HTML (no script at all). When the API has no such page, `missing` says where the visitor goes: a
 * page of the app that explains, never the API's error as raw JSON.
 */
export async function newsletterPage(
  apiPath: string,
  missing: (errorCode: string | undefined) => string,
  cacheControl = 'public, max-age=300',
): Promise<Response> {
  const upstream = await fetch(new URL(apiPath, backendUrl()), { cache: 'no-store' }).catch(() => null);
  if (!upstream) return new Response('API unreachable', { status: 502 });
  if (upstream.status === 404 || upstream.status === 400) {
    const error = (await upstream.json().catch(() => null)) as { error?: { code?: string } } | null;
    // A relative location: the visitor stays on the host they came by, whatever the proxy in front.
    return new Response(null, { status: 303, headers: { location: missing(error?.error?.code) } });
  }
  return new Response(upstream.body, {
    status: upstream.status,
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'text/html; charset=utf-8',
      'cache-control': cacheControl,
      'content-security-policy': upstream.headers.get('content-security-policy') ?? "default-src 'none'",
    },
  });
}
