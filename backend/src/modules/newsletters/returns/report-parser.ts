import { simpleParser } from 'mailparser';

/** One recipient of a delivery status notification (RFC 3464) whose delivery failed. */
export interface FailedRecipient {
  email: string;
  /** `hard`: a 5.x.x status (the address does not work); `soft`: 4.x.x (full mailbox, server down…). */
  severity: 'hard' | 'soft';
  status: string;
  /** The receiving server's own words (Diagnostic-Code), else the status. */
  diagnostic: string;
}

export type ParsedReturn =
  | { kind: 'bounce'; recipients: FailedRecipient[] }
  | { kind: 'complaint'; feedbackType: string; recipient: string | null }
  /** Any other mail: a person writing to the unsubscribe address, an auto-reply, a delay warning… */
  | { kind: 'mail'; subject: string; addressedTo: string };

/**
 * The header fields of a machine-readable report part (`message/delivery-status`, `message/feedback-report`): groups
 * of `Name: value` lines separated by blank lines, folded lines joined.
 */
export function reportFields(text: string): Map<string, string>[] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((group) => {
      const fields = new Map<string, string>();
      for (const line of group.replace(/\n[ \t]+/g, ' ').split('\n')) {
        const m = /^([\w-]+):\s*(.*)$/.exec(line);
        if (m && !fields.has(m[1].toLowerCase())) fields.set(m[1].toLowerCase(), m[2].trim());
      }
      return fields;
    })
    .filter((f) => f.size > 0);
}

/** `rfc822; Someone@Example.org` or `<someone@example.org>` → the address. */
function addressOf(value: string | undefined): string | null {
  const address = value
    ?.replace(/^[\w-]+\s*;\s*/, '')
    .replace(/^<|>$/g, '')
    .trim();
  if (!address) return null;
  return address;
}

function failedRecipients(deliveryStatus: string): FailedRecipient[] {
  // The first group is about the message (Reporting-MTA…), the others one recipient each.
  return reportFields(deliveryStatus).flatMap((f) => {
    const email = addressOf(f.get('final-recipient') ?? f.get('original-recipient'));
    // delayed, delivered, relayed, expanded: not a failure (a delay warning is followed by the real report).
    if (!email || f.get('action')?.toLowerCase() !== 'failed') return [];
    const diagnostic = f.get('diagnostic-code')?.replace(/^[\w-]+\s*;\s*/, '');
    const status =
      /^[245]\.\d{1,3}\.\d{1,3}/.exec(f.get('status') ?? '')?.[0] ?? /\b([45])\d\d\b/.exec(diagnostic ?? '')?.[1];
    if (!status) return [];
    return [
      {
        email,
        severity: status.startsWith('4') ? ('soft' as const) : ('hard' as const),
        status: status.length === 1 ? `${status}.0.0` : status,
        diagnostic: (diagnostic ?? status).slice(0, 450),
      },
    ];
  });
}

/** What a mail that came back to the bounce or unsubscribe mailbox is: a DSN, an ARF complaint, or anything else. */
export async function parseReturn(raw: Buffer): Promise<ParsedReturn> {
  // keepDeliveryStatus: the message/delivery-status part as an attachment, not mixed into the text.
  const mail = await simpleParser(raw, { keepDeliveryStatus: true, skipHtmlToText: true, skipTextLinks: true });
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const reportType = type?.value === 'multipart/report' ? type.params?.['report-type']?.toLowerCase() : undefined;
  const part = (contentType: string) => mail.attachments.find((a) => a.contentType === contentType);
  if (reportType === 'delivery-status') {
    const status = part('message/delivery-status');
    if (status) return { kind: 'bounce', recipients: failedRecipients(status.content.toString('utf8')) };
  }
  if (reportType === 'feedback-report') {
    const feedback = part('message/feedback-report');
    const fields = feedback ? (reportFields(feedback.content.toString('utf8'))[0] ?? new Map<string, string>()) : null;
    if (fields) {
      return {
        kind: 'complaint',
        feedbackType: fields.get('feedback-type') ?? 'abuse',
        recipient: addressOf(fields.get('original-rcpt-to')),
      };
    }
  }
  const addressedTo = ['delivered-to', 'x-original-to', 'envelope-to', 'to', 'cc']
    .flatMap((name) => mail.headerLines.filter((h) => h.key === name).map((h) => h.line))
    .join('\n');
  return { kind: 'mail', subject: mail.subject ?? '', addressedTo };
}
