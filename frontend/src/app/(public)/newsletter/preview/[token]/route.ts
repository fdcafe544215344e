import { newsletterPage } from '@/lib/server/newsletter-page';

/** A test mail's "see this issue in the browser": a signed link that shows the current content, for a while. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return newsletterPage(
    `/api/newsletters/public/preview/${encodeURIComponent(token)}`,
    () => '/newsletter/archive?reason=preview-expired',
    'no-store',
  );
}
