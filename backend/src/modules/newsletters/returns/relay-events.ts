import type { ReturnKind } from './return.entity';
import { anyTokensIn } from './return-token';
import type { ReturnReport } from './returns.service';

type Json = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const list = (body: unknown): Json[] =>
  (Array.isArray(body) ? body : [body]).filter((e): e is Json => typeof e === 'object' && e !== null);

/**
 * Brevo's transactional webhook (one event per call): `hard_bounce`, `soft_bounce`, `spam`. The token is in the
 * `X-Mailin-custom` header echoed back, and in the Message-ID. Other events (opens, Brevo's own unsubscribe…) are not
 * returns.
 */
export function brevoReports(secret: string, body: unknown): ReturnReport[] {
  const kinds: Record<string, ReturnKind> = { hard_bounce: 'hard', soft_bounce: 'soft', spam: 'complaint' };
  return list(body).flatMap((e) => {
    const kind = kinds[text(e.event)];
    if (!kind || !text(e.email)) return [];
    const [deliveryId = null] = anyTokensIn(secret, `${text(e['X-Mailin-custom'])} ${text(e['message-id'])}`);
    return [
      {
        key: `brevo:${text(e.id)}:${text(e['message-id'])}:${text(e.event)}:${text(e.ts_event ?? e.ts)}`,
        source: 'brevo' as const,
        kind,
        deliveryId,
        email: text(e.email),
        detail: text(e.reason) || text(e.event),
      },
    ];
  });
}

/**
 * Mailjet's event callback (one event, or an array when grouped): `bounce` (`hard_bounce` says which) and `spam`.
 * The token is in `CustomID` (the X-MJ-CustomID header).
 */
export function mailjetReports(secret: string, body: unknown): ReturnReport[] {
  return list(body).flatMap((e) => {
    const event = text(e.event);
    if ((event !== 'bounce' && event !== 'spam') || !text(e.email)) return [];
    const kind: ReturnKind = event === 'spam' ? 'complaint' : e.hard_bounce === true ? 'hard' : 'soft';
    const [deliveryId = null] = anyTokensIn(secret, `${text(e.CustomID)} ${text(e.Payload)}`);
    return [
      {
        key: `mailjet:${text(e.MessageID)}:${event}:${text(e.time)}`,
        source: 'mailjet' as const,
        kind,
        deliveryId,
        email: text(e.email),
        detail:
          event === 'spam'
            ? `complaint (${text(e.source) || 'spam'})`
            : [text(e.error_related_to), text(e.error), text(e.comment)].filter(Boolean).join(': '),
      },
    ];
  });
}

/**
 * An SES notification (the `Message` of an SNS notification): `Bounce` (Permanent: hard; Transient, Undetermined:
 * soft) or `Complaint`, for each recipient. The token is in the Message-ID SES keeps in `mail.headers`.
 */
export function sesReports(secret: string, snsMessageId: string, message: string): ReturnReport[] {
  let n: Json;
  try {
    n = JSON.parse(message) as Json;
  } catch {
    return [];
  }
  const type = text(n.notificationType ?? n.eventType);
  const mail = (n.mail ?? {}) as Json;
  const headers = Array.isArray(mail.headers) ? (mail.headers as Json[]) : [];
  const [deliveryId = null] = anyTokensIn(
    secret,
    [...headers.map((h) => text(h.value)), text((mail.commonHeaders as Json | undefined)?.messageId)].join(' '),
  );
  const report = (email: unknown, kind: ReturnKind, detail: string): ReturnReport => ({
    key: `ses:${snsMessageId}:${text(email).toLowerCase()}`,
    source: 'ses',
    kind,
    deliveryId,
    email: text(email),
    detail,
  });
  if (type === 'Bounce') {
    const b = (n.bounce ?? {}) as Json;
    const kind: ReturnKind = b.bounceType === 'Permanent' ? 'hard' : 'soft';
    return list(b.bouncedRecipients).map((r) =>
      report(r.emailAddress, kind, [text(r.status), text(r.diagnosticCode) || text(b.bounceSubType)].join(' ').trim()),
    );
  }
  if (type === 'Complaint') {
    const c = (n.complaint ?? {}) as Json;
    return list(c.complainedRecipients).map((r) =>
      report(r.emailAddress, 'complaint', `complaint (${text(c.complaintFeedbackType) || 'abuse'})`),
    );
  }
  return [];
}
