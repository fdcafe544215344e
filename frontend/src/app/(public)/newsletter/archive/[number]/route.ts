import { newsletterPage } from '@/lib/server/newsletter-page';

/**
 * The web version of an issue: the very HTML that was sent (without anything personal). An issue not out yet, or a
 * number that matches none, goes to the archive page, which says so in the visitor's language beside the issues out.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  return newsletterPage(`/api/newsletters/public/archive/${encodeURIComponent(number)}`, (code) => {
    const reason = code === 'newsletters.issue_not_out_yet' ? 'not-out' : 'unknown';
    return `/newsletter/archive?${new URLSearchParams({ missing: number, reason })}`;
  });
}
