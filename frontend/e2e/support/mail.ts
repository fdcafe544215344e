import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';

export interface CaughtMail {
  to: { address: string }[];
  subject: string;
  text: string;
  attachments?: { fileName: string; contentType: string }[];
}

/** Waits for a mail caught by the stack's mail catcher (maildev 3 REST API: GET /api/email). */
export async function mailTo(request: APIRequestContext, address: string, subject: RegExp): Promise<CaughtMail> {
  const base = process.env.E2E_MAIL_URL;
  if (!base) throw new Error('E2E_MAIL_URL (the mail catcher of the stack) is needed to read the mail');
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get(`${base}/api/email`)).json()) as CaughtMail[];
        found = mails.find((m) => m.to.some((t) => t.address === address) && subject.test(m.subject));
        return Boolean(found);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}
