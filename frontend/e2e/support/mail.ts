import { expect, type APIRequestContext } from '@playwright/test';

export interface CaughtMail {
  id: string;
  to: { address: string }[];
  subject: string;
  text: string;
  attachments?: { contentType: string; filename: string; generatedFileName: string }[];
}

/** The first mail to `address` whose subject matches, from the stack's mail catcher (maildev 3 REST API). */
export async function mailTo(request: APIRequestContext, address: string, subject: RegExp): Promise<CaughtMail> {
  const base = process.env.E2E_MAIL_URL;
  if (!base) throw new Error('E2E_MAIL_URL (the mail catcher of the stack) is needed to read the mails');
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

/** An attachment's content, as the mail catcher serves it. */
export async function attachmentText(request: APIRequestContext, mail: CaughtMail, fileName: string): Promise<string> {
  const res = await request.get(`${process.env.E2E_MAIL_URL}/api/email/${mail.id}/attachment/${fileName}`);
  expect(res.ok()).toBe(true);
  return res.text();
}
