import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Conflict, DomainError, Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { RateLimitService } from '../../common/rate-limit.service';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { exec, sql } from '../../database/sql';
import { AppConfig } from '../../config/app-config';
import { parisDay } from './donor-queries';
import { DonationCampaign } from './campaign.entity';
import type { GiftStatus, PaymentMethod } from './donation-types';
import { DonationError } from './donations.errors';
import { findOrCreateDonor } from './donor-matching';
import type { HelloAssoImportResponse } from './dto/donations.response';
import { Gift } from './gift.entity';
import { HelloAssoClient, type HaItem, type HaOrder, type HaPayer, type HaPayment } from './helloasso-client';

type Outcome = 'created' | 'updated' | 'unchanged';
type Who = Pick<RequestContext, 'user' | 'ip'>;

/** HelloAsso sends notifications in bursts: generous per address, but a flood stops. */
const WEBHOOK_HITS_PER_MINUTE = 600;

const STATES: Record<string, GiftStatus> = {
  Authorized: 'paid',
  Refunded: 'refunded',
  Refunding: 'refunded',
  Canceled: 'cancelled',
  Refused: 'cancelled',
  Abandoned: 'cancelled',
};
const MEANS: Record<string, PaymentMethod> = {
  Card: 'card',
  Sepa: 'direct_debit',
  Check: 'cheque',
  Cash: 'cash',
  BankTransfer: 'transfer',
};

/**
 * Gifts from HelloAsso: a campaign's form imported through the API, and payments received live through the
 * notification webhook. Both go through `upsert`, keyed on HelloAsso's payment id (one gift per payment, whatever
 * arrives twice), which keeps the most recent state HelloAsso reported (`meta.updatedAt`): an older notification
 * arriving late changes nothing.
 */
@Injectable()
export class HelloAssoService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly client: HelloAssoClient,
    private readonly config: AppConfig,
    private readonly rateLimit: RateLimitService,
  ) {}

  async importCampaign(ctx: SignedInContext, campaignId: string): Promise<HelloAssoImportResponse> {
    if (!this.client.configured) throw new Conflict(DonationError.HelloAssoNotConfigured);
    const campaign = await this.db.manager.findOneBy(DonationCampaign, { id: campaignId });
    if (!campaign) throw ValidationFailed.field('campaignId', DonationError.CampaignNotFound);
    if (!ctx.ability.can('update', campaign)) throw new Forbidden();
    if (!campaign.helloassoFormSlug || !campaign.helloassoFormType)
      throw ValidationFailed.field('campaignId', DonationError.HelloAssoNoForm);
    // Read everything first: the transaction stays short and holds no lock while HelloAsso answers.
    const orders: HaOrder[] = [];
    for await (const order of this.client.orders(campaign.helloassoFormType, campaign.helloassoFormSlug))
      orders.push(order);
    const counts = { orders: orders.length, created: 0, updated: 0, unchanged: 0 };
    await this.db.transaction(async (em) => {
      for (const order of orders)
        for (const payment of order.payments ?? []) counts[await this.upsert(em, ctx, campaign, order, payment)]++;
      await this.audit.record(em, ctx, {
        action: 'helloasso_import',
        entityType: 'DonationCampaign',
        entityId: campaign.id,
        after: counts,
      });
    });
    return counts;
  }

  /**
   * A notification (404 while no signature key is configured): its body signed with the notification URL's key
   * (`x-ha-signature`, HMAC-SHA256 in hex), for a form a campaign receives, changed recently (an old one is a
   * replay). `Payment` and `Order` events add or update gifts; other events are acknowledged and ignored.
   */
  async webhook(ip: string, rawBody: Buffer | undefined, signature: string | undefined): Promise<{ ok: boolean }> {
    await this.rateLimit.hit(`webhook:helloasso:${ip}`, WEBHOOK_HITS_PER_MINUTE, 1);
    const key = this.config.HELLOASSO_WEBHOOK_SIGNATURE_KEY;
    if (!key) throw new NotFound(DonationError.HelloAssoNotConfigured);
    if (!rawBody || !signature || !sameHex(createHmac('sha256', key).update(rawBody).digest('hex'), signature))
      throw new DomainError(403, 'forbidden', DonationError.WebhookSignatureInvalid);
    const event = parse(rawBody);
    const payments: { order: HaOrder; payment: HaPayment }[] =
      event.eventType === 'Payment'
        ? [
            {
              order: {
                ...(event.data as HaPayment).order!,
                payer: (event.data as HaPayment).payer,
                items: (event.data as HaPayment).items,
              },
              payment: event.data as HaPayment,
            },
          ]
        : event.eventType === 'Order'
          ? ((event.data as HaOrder).payments ?? []).map((payment) => ({ order: event.data as HaOrder, payment }))
          : [];
    if (event.eventType === 'Payment' && !(event.data as HaPayment).order?.id)
      throw ValidationFailed.field('data', DonationError.WebhookMalformed);
    const who: Who = { user: null, ip };
    await this.db.transaction(async (em) => {
      for (const { order, payment } of payments) {
        if (order.organizationSlug && order.organizationSlug !== this.config.HELLOASSO_ORGANIZATION_SLUG)
          throw new NotFound(DonationError.WebhookUnknownForm);
        const campaign = await em
          .getRepository(DonationCampaign)
          .createQueryBuilder('c')
          .where('c.helloasso_form_slug = :slug AND lower(c.helloasso_form_type) = lower(:type)', {
            slug: order.formSlug ?? '',
            type: order.formType ?? '',
          })
          .getOne();
        if (!campaign) throw new NotFound(DonationError.WebhookUnknownForm);
        const changedAt = Date.parse(payment.meta?.updatedAt ?? payment.date);
        if (!(changedAt > Date.now() - this.config.HELLOASSO_WEBHOOK_MAX_AGE_HOURS * 3_600_000))
          throw new DomainError(400, 'validation', DonationError.WebhookTooOld);
        await this.upsert(em, who, campaign, order, payment);
      }
    });
    return { ok: true };
  }

  /** One payment as a gift: added, brought up to a more recent state, or left as it is. */
  private async upsert(
    em: EntityManager,
    who: Who,
    campaign: DonationCampaign,
    order: HaOrder,
    payment: HaPayment,
  ): Promise<Outcome> {
    // Two notifications of one payment at once: the second waits for the first, then finds its gift.
    await exec(em, sql`SELECT pg_advisory_xact_lock(hashtext(${`helloasso:${payment.id}`}))`);
    const changedAt = new Date(payment.meta?.updatedAt ?? payment.date);
    const status = STATES[payment.state] ?? 'pending';
    const existing = await em.findOne(Gift, {
      where: { helloassoPaymentId: String(payment.id) },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing) {
      if (existing.helloassoUpdatedAt && existing.helloassoUpdatedAt >= changedAt) return 'unchanged';
      const before = { status: existing.status, amountCents: existing.amountCents };
      Object.assign(existing, { status, amountCents: payment.amount, helloassoUpdatedAt: changedAt });
      await em.save(existing);
      await this.audit.record(em, who, {
        action: 'update',
        entityType: 'Gift',
        entityId: existing.id,
        before,
        after: { status, amountCents: payment.amount },
      });
      return 'updated';
    }
    const { donor, created } = await findOrCreateDonor(em, donorOf(payment.payer ?? order.payer ?? {}));
    if (created)
      await this.audit.record(em, who, { action: 'create', entityType: 'Donor', entityId: donor.id, after: donor });
    const gift = em.create(Gift, {
      donorId: donor.id,
      campaignId: campaign.id,
      amountCents: payment.amount,
      receivedOn: parisDay(new Date(payment.date)),
      frequency: monthly(payment.items ?? order.items) ? 'monthly' : 'one_off',
      paymentMethod: MEANS[payment.paymentMeans ?? ''] ?? 'other',
      status,
      source: 'helloasso',
      helloassoPaymentId: String(payment.id),
      helloassoOrderId: String(order.id),
      helloassoUpdatedAt: changedAt,
    });
    await em.save(gift);
    await this.audit.record(em, who, { action: 'create', entityType: 'Gift', entityId: gift.id, after: gift });
    return 'created';
  }
}

const monthly = (items: HaItem[] | undefined) => (items ?? []).some((i) => i.type === 'MonthlyDonation');

/** A payer as a donor: an organisation when HelloAsso names a company. */
const donorOf = (p: HaPayer) => ({
  kind: p.company ? ('organisation' as const) : ('person' as const),
  firstName: p.firstName ?? null,
  lastName: p.lastName ?? (p.company ? null : '?'),
  organisationName: p.company ?? null,
  // An empty address is no address.
  email: p.email?.trim() ? p.email.trim().toLowerCase() : null,
  address: p.address ?? null,
  postcode: p.zipCode ?? null,
  city: p.city ?? null,
});

function parse(raw: Buffer): { eventType: string; data: unknown } {
  try {
    const event = JSON.parse(raw.toString('utf8')) as { eventType?: unknown; data?: unknown };
    if (typeof event.eventType === 'string' && event.data && typeof event.data === 'object')
      return { eventType: event.eventType, data: event.data };
  } catch {
    // refused below
  }
  throw ValidationFailed.field('data', DonationError.WebhookMalformed);
}

/** Compares two hex digests in constant time (a wrong length is simply not the same). */
function sameHex(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'hex');
  const b = Buffer.from(given.trim().toLowerCase(), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
