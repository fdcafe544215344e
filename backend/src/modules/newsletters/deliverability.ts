import type { Text } from '../../common/errors';

export const PROBLEM_CODES = [
  'no_text',
  'image_alt',
  'not_https',
  'own_url_not_https',
  'broken_link',
  'too_large',
  'no_unsubscribe',
  'no_dkim',
  'no_lists',
  'no_blocks',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export const SEVERITIES = ['error', 'warning', 'info'] as const;

export interface Problem {
  code: ProblemCode;
  /** Errors stop scheduling; warnings are worth a look; `info` is what only a development set-up shows. */
  severity: (typeof SEVERITIES)[number];
  message: Text;
  /** The link, image or size concerned. */
  detail?: string;
}

/** Gmail clips a message whose HTML is over 102 KB: the end, with the unsubscribe link, is then hidden. */
export const GMAIL_CLIP_BYTES = 102 * 1024;

const say = (code: ProblemCode, severity: Problem['severity'], fr: string, en: string, detail?: string): Problem => ({
  code,
  severity,
  message: { fr, en },
  detail,
});

/** Links and image sources of a rendered HTML part, entities decoded. */
export function linksOf(html: string): { href: string[]; src: string[] } {
  const decode = (v: string) =>
    v
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  const all = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => decode(m[1])))];
  return { href: all(/<a\s[^>]*?href="([^"]*)"/gi), src: all(/<img\s[^>]*?src="([^"]*)"/gi) };
}

/**
 * What can be seen in one recipient's copy: a text part, alt text on images, https links, the size Gmail
 * clips at, the unsubscribe link in both parts; and whether DKIM is set up. Links to Maillage itself (web version,
 * unsubscribe) follow APP_URL: one warning for them, not an error per link (a laptop runs on http://localhost).
 */
export function checkRendering(
  copy: { html: string; text: string; unsubscribeUrl: string },
  context: { dkim: boolean; lists: number; blocks: number; ownUrl?: string; development?: boolean },
): Problem[] {
  const problems: Problem[] = [];
  // An http address and no DKIM key are how a laptop runs: to know, not to fix, until the server is in production.
  const setUp = context.development ? 'info' : 'warning';
  if (context.blocks === 0)
    problems.push(say('no_blocks', 'error', 'La lettre n’a aucun bloc', 'The issue has no block'));
  if (context.lists === 0)
    problems.push(
      say('no_lists', 'error', 'Aucune liste de destinataires n’est choisie', 'No recipient list is chosen'),
    );
  if (copy.text.trim().length < 20)
    problems.push(say('no_text', 'error', 'Pas de version texte', 'No plain-text part'));
  for (const [img] of copy.html.matchAll(/<img\s[^>]*>/gi)) {
    if (!/\salt="[^"]*\S[^"]*"/.test(img))
      problems.push(
        say(
          'image_alt',
          'warning',
          'Image sans texte alternatif',
          'Image without alt text',
          /src="([^"]*)"/.exec(img)?.[1],
        ),
      );
  }
  const { href, src } = linksOf(copy.html);
  const own = (url: string) => Boolean(context.ownUrl) && url.startsWith(context.ownUrl!);
  for (const url of [...href, ...src].filter((u) => !own(u))) {
    if (!url.startsWith('https://') && !url.startsWith('mailto:'))
      problems.push(say('not_https', 'error', 'Lien ou image hors https', 'Link or image not on https', url));
  }
  if (context.ownUrl && !context.ownUrl.startsWith('https://')) {
    problems.push(
      say(
        'own_url_not_https',
        setUp,
        'L’adresse publique de Maillage (APP_URL) n’est pas en https : liens de désinscription et version en ligne compris',
        'Maillage’s public address (APP_URL) is not https: unsubscribe and web version links included',
        context.ownUrl,
      ),
    );
  }
  const bytes = Buffer.byteLength(copy.html);
  if (bytes > GMAIL_CLIP_BYTES) {
    problems.push(
      say(
        'too_large',
        'warning',
        `HTML de ${Math.round(bytes / 1024)} Ko : Gmail coupe au-delà de 102 Ko`,
        `HTML of ${Math.round(bytes / 1024)} KB: Gmail clips beyond 102 KB`,
        String(bytes),
      ),
    );
  }
  if (!href.includes(copy.unsubscribeUrl) || !copy.text.includes(copy.unsubscribeUrl)) {
    problems.push(
      say('no_unsubscribe', 'error', 'Le lien de désinscription manque', 'The unsubscribe link is missing'),
    );
  }
  if (!context.dkim)
    problems.push(
      say(
        'no_dkim',
        setUp,
        'Aucune clé DKIM n’est configurée : les messages risquent le dossier indésirables',
        'No DKIM key configured: messages may land in spam',
      ),
    );
  return problems;
}

/** The links worth requesting: http(s), not our own per-recipient ones. */
export function externalLinks(html: string, ownPrefixes: string[]): string[] {
  const { href, src } = linksOf(html);
  return [...new Set([...href, ...src])].filter(
    (u) => /^https?:\/\//.test(u) && !ownPrefixes.some((p) => u.startsWith(p)),
  );
}

/**
 * Requests each link (HEAD, then GET when HEAD is refused) a few at a time, with a short timeout; a network
 * error or a status of 400 or more is a broken link. A warning, not an error: a site may be down for an hour.
 */
export async function checkLinks(
  urls: string[],
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 5000,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const queue = urls.slice(0, 60);
  const probe = async (url: string): Promise<number | string> => {
    for (const method of ['HEAD', 'GET']) {
      try {
        const res = await fetchImpl(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
        await res.body?.cancel();
        if (method === 'HEAD' && (res.status === 405 || res.status === 501)) continue;
        return res.status;
      } catch (e) {
        return (e as Error).name === 'TimeoutError'
          ? 'timeout'
          : ((e as { cause?: { code?: string } }).cause?.code ?? 'unreachable');
      }
    }
    return 'unreachable';
  };
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      const result = await probe(url);
      if (typeof result === 'string' || result >= 400) {
        problems.push(say('broken_link', 'warning', `Lien cassé (${result})`, `Broken link (${result})`, url));
      }
    }
  };
  await Promise.all(Array.from({ length: 5 }, worker));
  return problems.sort((a, b) => (a.detail ?? '').localeCompare(b.detail ?? ''));
}
