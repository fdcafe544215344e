import { backendUrl } from '@/lib/server/backend';

/** The web version of an issue: the very HTML that was sent (without anything personal), served as its own page. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const upstream = await fetch(new URL(`/api/newsletters/public/archive/${encodeURIComponent(number)}`, backendUrl()), {
    cache: 'no-store',
  }).catch(() => null);
  if (!upstream) return new Response('API unreachable', { status: 502 });
  return new Response(upstream.body, {
    status: upstream.status,
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=300',
      // The API's policy for the sent HTML (no script at all), in place of the app's.
      'content-security-policy': upstream.headers.get('content-security-policy') ?? "default-src 'none'",
    },
  });
}
