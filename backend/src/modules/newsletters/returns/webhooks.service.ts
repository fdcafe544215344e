import { Injectable, Logger } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DomainError, NotFound, Unauthenticated } from '../../../common/errors';
import { RateLimitService } from '../../../common/rate-limit.service';
import { AppConfig } from '../../../config/app-config';
import { NewsletterError } from '../newsletters.errors';
import { brevoReports, mailjetReports, sesReports } from './relay-events';
import { ReturnsService, type ReturnReport } from './returns.service';
import { verifySns, type SnsMessage } from './sns-signature';

/** A relay posts events in bursts: generous, but a flood from one address stops. */
const HITS_PER_MINUTE = 1200;
const CERT_CACHE = new Map<string, Promise<string>>();

/** Compares digests, so that neither the length nor the content of the secret leaks through timing. */
const same = (a: string, b: string) =>
  timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

@Injectable()
export class WebhooksService {
  private readonly logger = new Logger('RelayWebhooks');

  constructor(
    private readonly config: AppConfig,
    private readonly returns: ReturnsService,
    private readonly rateLimit: RateLimitService,
  ) {}

  async brevo(ip: string, authorization: string | undefined, body: unknown) {
    await this.checkBasic('brevo', ip, this.config.BREVO_WEBHOOK_SECRET, authorization);
    return this.apply(brevoReports(this.config.NEWSLETTER_SECRET, body));
  }

  async mailjet(ip: string, authorization: string | undefined, body: unknown) {
    await this.checkBasic('mailjet', ip, this.config.MAILJET_WEBHOOK_SECRET, authorization);
    return this.apply(mailjetReports(this.config.NEWSLETTER_SECRET, body));
  }

  async ses(ip: string, body: unknown) {
    if (!this.config.SES_SNS_TOPIC_ARN) throw new NotFound(NewsletterError.WebhookNotConfigured);
    await this.rateLimit.hit(`webhook:ses:${ip}`, HITS_PER_MINUTE, 1);
    const m = (typeof body === 'string' ? safeJson(body) : body) as SnsMessage | null;
    const valid =
      m !== null &&
      typeof m === 'object' &&
      m.TopicArn === this.config.SES_SNS_TOPIC_ARN &&
      (await verifySns(m, new RegExp(this.config.SES_SNS_CERT_URL_PATTERN), certificate).catch(() => false));
    if (!valid) throw new DomainError(403, 'forbidden', NewsletterError.WebhookSignatureInvalid);
    if (m.Type === 'SubscriptionConfirmation' && m.SubscribeURL) {
      // Confirms the subscription, only on the host the (checked) certificate came from.
      if (new URL(m.SubscribeURL).origin === new URL(m.SigningCertURL).origin) {
        const confirmed = await fetch(m.SubscribeURL);
        this.logger.log(`SNS subscription to ${m.TopicArn} confirmed (${confirmed.status})`);
      }
      return { ok: true };
    }
    if (m.Type !== 'Notification') return { ok: true };
    return this.apply(sesReports(this.config.NEWSLETTER_SECRET, m.MessageId, m.Message));
  }

  /** Basic auth (`https://<relay>:<secret>@host/…` in the relay's settings): any user name, the secret as password. */
  private async checkBasic(relay: string, ip: string, secret: string | undefined, authorization: string | undefined) {
    if (!secret) throw new NotFound(NewsletterError.WebhookNotConfigured);
    await this.rateLimit.hit(`webhook:${relay}:${ip}`, HITS_PER_MINUTE, 1);
    const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization ?? '');
    const password = m
      ? Buffer.from(m[1], 'base64')
          .toString('utf8')
          .replace(/^[^:]*:/, '')
      : '';
    if (!same(password, secret)) throw new Unauthenticated(NewsletterError.WebhookSecretInvalid);
  }

  private async apply(reports: ReturnReport[]) {
    for (const r of reports) await this.returns.record(r);
    return { ok: true };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A signing certificate, fetched once per URL (the URL was checked against SES_SNS_CERT_URL_PATTERN). */
function certificate(url: string): Promise<string> {
  let pending = CERT_CACHE.get(url);
  if (!pending) {
    pending = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`certificate ${url}: HTTP ${r.status}`);
      return r.text();
    });
    CERT_CACHE.set(url, pending);
    pending.catch(() => CERT_CACHE.delete(url));
  }
  return pending;
}
