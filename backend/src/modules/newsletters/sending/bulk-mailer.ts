import { Transform } from 'node:stream';
import { recipientPlaceholders, type RenderedNewsletter } from '@maillage/emails';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { AppConfig } from '../../../config/app-config';
import { dkimOptions } from '../../../mail/dkim';
import { returnToken, taggedAddress } from '../returns/return-token';
import { unsubscribeToken } from '../unsubscribe-token';
import { encodedNewsletter } from './encoded-newsletter';

/**
 * The headers a DKIM signature covers. nodemailer's default list leaves out List-Unsubscribe-Post; RFC 8058 asks
 * for both List-Unsubscribe headers to be signed, or a provider may ignore one-click.
 */
const SIGNED_HEADERS = [
  'from',
  'sender',
  'reply-to',
  'subject',
  'date',
  'message-id',
  'to',
  'cc',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'list-id',
  'list-unsubscribe',
  'list-unsubscribe-post',
].join(':');

/**
 * Property of a message's options: a promise the message's final "." waits for (see SendWorkerService). A string:
 * nodemailer copies a message's own enumerable keys, not symbols.
 */
export const SEND_GATE = 'newsletterSendGate';

/**
 * Lets the content through at once and ends it only when the gate opens; a closed gate aborts the message.
 * No 'close' event: nodemailer joins its stages with pipeline(), which at the end builds an ERR_STREAM_DESTROYED
 * (stack trace included, ~30 µs) for every middle stage that has ended but not yet emitted 'close'; this one would
 * be such a stage on every message.
 */
function gateStream(gate: Promise<unknown>): Transform {
  return new Transform({
    emitClose: false,
    transform: (chunk, _encoding, callback) => callback(null, chunk),
    flush: (callback) =>
      void gate.then(
        () => callback(),
        (e: Error) => callback(e),
      ),
  });
}

export type BulkSmtpTransport = Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;

/** Pooled SMTP for newsletters: a fixed number of long-lived connections, DKIM-signed when a key is configured. */
export function createBulkTransport(config: AppConfig): BulkSmtpTransport {
  const transport = nodemailer.createTransport({
    url: config.NEWSLETTER_SMTP_URL ?? config.SMTP_URL,
    pool: true,
    maxConnections: config.NEWSLETTER_SMTP_CONNECTIONS,
    // One connection sends for as long as the pool lives: reconnecting per message costs more than sending.
    maxMessages: Infinity,
    dkim: dkimOptions(config, SIGNED_HEADERS),
  } satisfies SMTPPool.Options);
  transport.use('stream', (mail, done) => {
    const gate = (mail.data as { [SEND_GATE]?: Promise<unknown> })[SEND_GATE];
    if (gate) mail.message.transform(() => gateStream(gate));
    done();
  });
  return transport;
}

export interface Addressee {
  /** The delivery row: its token goes into the envelope sender, the mailto unsubscribe and the Message-ID. */
  deliveryId: string;
  email: string;
  firstName: string | null;
  subscriberId: string;
  list: { id: string; key: string; name: string };
}

const domainOf = (address: string) => /@([^>\s]+)>?\s*$/.exec(address)?.[1] ?? 'maillage.test';

/**
 * One recipient's message: the rendering with their greeting and unsubscribe link, its parts already encoded
 * (encoded-newsletter.ts), and the list headers (List-Id, List-Unsubscribe with an https URL and a mailto,
 * List-Unsubscribe-Post for one-click). The delivery's return token (returns/return-token.ts) is in the envelope
 * sender (`BOUNCE_ADDRESS` with `+token`, VERP), in the mailto address and in the Message-ID and custom-id headers the
 * relays echo in their webhooks: whatever comes back names the delivery, and nobody can forge one.
 */
export function newsletterMessage(
  config: AppConfig,
  rendered: RenderedNewsletter,
  to: Addressee,
  unsubscribeUrl: (token: string) => string,
  subjectPrefix = '',
): SendMailOptions {
  const token = unsubscribeToken(config.NEWSLETTER_SECRET, to.subscriberId, to.list.id);
  const url = unsubscribeUrl(token);
  const back = returnToken(config.NEWSLETTER_SECRET, to.deliveryId);
  const domain = domainOf(config.NEWSLETTER_FROM);
  const parts = encodedNewsletter(rendered)(
    recipientPlaceholders(rendered.locale, { firstName: to.firstName, unsubscribeUrl: url }),
  );
  return {
    from: config.NEWSLETTER_FROM,
    to: to.email,
    envelope: config.BOUNCE_ADDRESS ? { from: taggedAddress(config.BOUNCE_ADDRESS, back), to: [to.email] } : undefined,
    // Unique per attempt; the token first, where the returns reader and the webhooks look for it.
    messageId: `<${back}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@${domain}>`,
    subject: subjectPrefix + rendered.subject,
    text: { raw: parts.text },
    html: { raw: parts.html },
    list: {
      id: { url: `${to.list.key}.${domain}`, comment: to.list.name },
      unsubscribe: [[url, `mailto:${taggedAddress(config.NEWSLETTER_UNSUBSCRIBE_EMAIL, back)}?subject=unsubscribe`]],
    },
    headers: {
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      // Echoed by Mailjet (CustomID) and Brevo (X-Mailin-custom) in their webhooks' events.
      'X-MJ-CustomID': back,
      'X-Mailin-custom': back,
    },
  };
}

export type SendOutcome =
  | { status: 'sent'; response: string }
  | { status: 'bounced' | 'failed'; response: string }
  | { status: 'retry'; response: string };

/**
 * What an SMTP answer means for a recipient: a 5xx on RCPT TO is a hard bounce (the address does not exist),
 * another 5xx a final failure, anything else (4xx, a dropped connection, a timeout) worth another try.
 */
export function classifySmtpError(error: unknown): SendOutcome {
  const e = error as { responseCode?: number; code?: string; command?: string; response?: string; message?: string };
  const response = (e.response ?? e.message ?? String(error)).slice(0, 500);
  if (typeof e.responseCode === 'number' && e.responseCode >= 500) {
    return { status: e.code === 'EENVELOPE' || e.command === 'RCPT TO' ? 'bounced' : 'failed', response };
  }
  return { status: 'retry', response };
}

/** Next try after `attempts` failures: doubling from the base, capped at an hour, with ±20% jitter. */
export function retryDelaySeconds(baseSeconds: number, attempts: number, random = Math.random): number {
  const delay = Math.min(3600, baseSeconds * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay * (0.8 + 0.4 * random()));
}
