import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';

export interface CaughtMail {
  id: string;
  to: { address: string }[];
  subject: string;
  text: string;
  attachments?: { contentType: string; filename: string; generatedFileName: string }[];
}

/**
 * The mails to `address` whose subject matches, oldest first, once there are at least `count` of them, from the stack's
 * mail catcher (maildev 3 REST API: GET /api/email).
 */
export async function mailsTo(
  request: APIRequestContext,
  address: string,
  subject: RegExp,
  count = 1,
): Promise<CaughtMail[]> {
  const base = process.env.E2E_MAIL_URL;
  if (!base) throw new Error('E2E_MAIL_URL (the mail catcher of the stack) is needed to read the mails sent');
  let found: CaughtMail[] = [];
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get(`${base}/api/email`)).json()) as CaughtMail[];
        found = mails.filter((m) => m.to.some((t) => t.address === address) && subject.test(m.subject));
        return found.length;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return found;
}

/** The first mail to `address` whose subject matches. */
export async function mailTo(request: APIRequestContext, address: string, subject: RegExp): Promise<CaughtMail> {
  return (await mailsTo(request, address, subject))[0];
}

/** An attachment's content, as the mail catcher serves it. */
export async function attachmentText(request: APIRequestContext, mail: CaughtMail, fileName: string): Promise<string> {
  const res = await request.get(`${process.env.E2E_MAIL_URL}/api/email/${mail.id}/attachment/${fileName}`);
  expect(res.ok()).toBe(true);
  return res.text();
}
