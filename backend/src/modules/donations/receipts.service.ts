import { centsFrom } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { msg } from '../../common/error-catalogue';
import { Conflict, Forbidden, NotFound, ValidationFailed, type FieldErrors } from '../../common/errors';
import type { Page } from '../../common/pagination';
import { renderPdf } from '../../common/pdf/render-pdf';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { exec, many, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { MailService } from '../../mail/mail.service';
import { Outbox } from '../../outbox/outbox.service';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { parisDay } from './donor-queries';
import { DonationSettings } from './donation-settings.entity';
import { PAYMENT_METHODS, type ReceiptKind } from './donation-types';
import { DonationError } from './donations.errors';
import { donorName } from './donor-queries';
import { Donor } from './donor.entity';
import type { CancelReceiptDto, IssueReceiptsDto, ReceiptQuery } from './dto/donations.dto';
import type { IssuedReceiptsResponse, ReceiptDeclarationResponse, ReceiptResponse } from './dto/donations.response';
import { Gift } from './gift.entity';
import { receiptDocument, type ReceiptEntity } from './receipt-pdf';
import { TaxReceipt, TaxReceiptGift } from './tax-receipt.entity';

const MAIL_JOB = 'donations.receipt-mail';

/** The gifts of one receipt to come: a donor's, already locked. */
interface Batch {
  kind: ReceiptKind;
  donor: Donor;
  gifts: Gift[];
  replacesId?: string;
}

/**
 * Tax receipts (CERFA 11580): issued only when the settings say the legal entity may, numbered without gaps per year
 * of issue from a counter row locked FOR UPDATE in the issuing transaction, never twice for a gift (the gifts are
 * locked and must have no receipt in force), cancelled with a reason and reissued under a new number. Each receipt is
 * mailed to its donor through the outbox, the PDF attached.
 */
@Injectable()
export class ReceiptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly outbox: Outbox,
  ) {
    outbox.register<{ receiptId: string }>(MAIL_JOB, (em, job) => this.mailReceipt(em, job.receiptId));
  }

  async list(ctx: RequestContext, q: ReceiptQuery): Promise<Page<ReceiptResponse>> {
    const qb = this.allowed(ctx, this.db.manager);
    if (q.year) qb.andWhere('r.year = :year', { year: q.year });
    if (q.donorId) qb.andWhere('r.donor_id = :donorId', { donorId: q.donorId });
    const total = await qb.getCount();
    const items = await this.rows(qb, q.order === 'desc' ? 'DESC' : 'ASC', (q.page - 1) * q.pageSize, q.pageSize);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  forDonor(ctx: RequestContext, donorId: string, em: EntityManager): Promise<ReceiptResponse[]> {
    return this.rows(this.allowed(ctx, em).andWhere('r.donor_id = :donorId', { donorId }), 'DESC', 0, 500);
  }

  async issue(ctx: SignedInContext, dto: IssueReceiptsDto): Promise<IssuedReceiptsResponse> {
    return this.db.transaction(async (em) => {
      const entity = await this.entity(em);
      const batches =
        dto.kind === 'gift' ? await this.giftBatches(em, ctx, dto) : await this.yearlyBatches(em, ctx, dto);
      const ids = [];
      for (const batch of batches) ids.push(await this.create(em, ctx, entity, batch));
      return {
        receipts: await this.rows(this.allowed(ctx, em).andWhere('r.id = ANY(:ids)', { ids }), 'ASC', 0, ids.length),
      };
    });
  }

  /** Cancels a receipt (its number stays used) and, when asked, issues a new one for the same gifts. */
  async cancel(ctx: SignedInContext, id: string, dto: CancelReceiptDto): Promise<IssuedReceiptsResponse> {
    return this.db.transaction(async (em) => {
      const receipt = await em.findOne(TaxReceipt, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!receipt) throw new NotFound(DonationError.ReceiptNotFound);
      if (!ctx.ability.can('update', receipt)) throw new Forbidden();
      if (receipt.cancelledAt) throw new Conflict(DonationError.ReceiptCancelled);
      await exec(
        em,
        sql`UPDATE tax_receipts SET cancelled_at = now(), cancel_reason = ${dto.reason}, updated_at = now()
            WHERE id = ${id}`,
      );
      await exec(em, sql`UPDATE gifts SET receipt_id = NULL, updated_at = now() WHERE receipt_id = ${id}`);
      await this.audit.record(em, ctx, {
        action: 'cancel',
        entityType: 'TaxReceipt',
        entityId: id,
        before: { cancelledAt: null },
        after: { number: receipt.number, reason: dto.reason },
      });
      const ids = [id];
      if (dto.reissue) {
        const gifts = await em
          .createQueryBuilder(Gift, 'g')
          .innerJoin(TaxReceiptGift, 'rg', 'rg.gift_id = g.id AND rg.receipt_id = :id', { id })
          .orderBy('g.received_on')
          .addOrderBy('g.id')
          .setLock('pessimistic_write')
          .getMany();
        const donor = await em.findOneByOrFail(Donor, { id: receipt.donorId });
        const entity = await this.entity(em);
        ids.push(await this.create(em, ctx, entity, { kind: receipt.kind, donor, gifts, replacesId: id }));
      }
      return { receipts: await this.rows(this.allowed(ctx, em).andWhere('r.id = ANY(:ids)', { ids }), 'ASC', 0, 2) };
    });
  }

  async pdf(ctx: RequestContext, id: string): Promise<{ number: string; pdf: Buffer }> {
    const receipt = await this.db.manager.findOneBy(TaxReceipt, { id });
    if (!receipt) throw new NotFound(DonationError.ReceiptNotFound);
    if (!ctx.ability.can('read', receipt)) throw new Forbidden();
    return { number: receipt.number, pdf: await this.render(this.db.manager, receipt) };
  }

  /** Article 222 bis CGI: how many receipts were issued in a year, and for how much (cancelled ones left out). */
  async declaration(year: number): Promise<ReceiptDeclarationResponse> {
    const row = await one(
      this.db,
      sql`SELECT count(*) FILTER (WHERE cancelled_at IS NULL)::int AS count,
                 coalesce(sum(amount_cents) FILTER (WHERE cancelled_at IS NULL), 0) AS total,
                 count(*) FILTER (WHERE cancelled_at IS NOT NULL)::int AS cancelled,
                 min(number) AS first, max(number) AS last
          FROM tax_receipts WHERE year = ${year}`,
      { count: col.int, total: col.cents, cancelled: col.int, first: col.text.nullable, last: col.text.nullable },
    );
    return {
      year,
      count: row.count,
      totalCents: row.total,
      cancelledCount: row.cancelled,
      firstNumber: row.first,
      lastNumber: row.last,
    };
  }

  private allowed(ctx: RequestContext, em: EntityManager) {
    return whereAllowed(em.getRepository(TaxReceipt).createQueryBuilder('r'), ctx.ability, 'read', 'TaxReceipt');
  }

  private async rows(
    qb: SelectQueryBuilder<TaxReceipt>,
    order: 'ASC' | 'DESC',
    offset: number,
    limit: number,
  ): Promise<ReceiptResponse[]> {
    const rows = await qb
      .select([
        'r.id AS id',
        'r.number AS number',
        'r.year AS year',
        'r.kind AS kind',
        'r.donor_id AS "donorId"',
        'r.donor_name AS "donorName"',
        'r.amount_cents AS "amountCents"',
        'r.gifts_count AS "giftsCount"',
        `to_char(r.issued_on, 'YYYY-MM-DD') AS "issuedOn"`,
        'r.cancelled_at AS "cancelledAt"',
        'r.cancel_reason AS "cancelReason"',
        'r.replaces_id AS "replacesId"',
        'r.mailed_at AS "mailedAt"',
      ])
      .addSelect('(SELECT n.id FROM tax_receipts n WHERE n.replaces_id = r.id)', 'replacedById')
      .orderBy('r.year', order)
      .addOrderBy('r.seq', order)
      .offset(offset)
      .limit(limit)
      .getRawMany<Omit<ReceiptResponse, 'amountCents'> & { amountCents: string }>();
    return rows.map((r) => ({ ...r, amountCents: centsFrom(r.amountCents) }));
  }

  /** The legal entity as receipts print it; refused while receipts are off or the entity is not described. */
  private async entity(em: EntityManager): Promise<ReceiptEntity> {
    const s = await em.findOneByOrFail(DonationSettings, { id: 1 });
    if (!s.receiptsEnabled) throw new Conflict(DonationError.ReceiptsDisabled);
    if (!s.legalName || !s.legalAddress || !s.legalObject || !s.legalStatus)
      throw new Conflict(DonationError.LegalEntityIncomplete);
    return {
      name: s.legalName,
      address: s.legalAddress,
      siren: s.legalSiren,
      object: s.legalObject,
      status: s.legalStatus,
      signatoryName: s.signatoryName,
      signatoryRole: s.signatoryRole,
    };
  }

  /** One receipt per gift named, each gift locked and checked (paid, no receipt in force). */
  private async giftBatches(em: EntityManager, ctx: SignedInContext, dto: IssueReceiptsDto): Promise<Batch[]> {
    if (!dto.giftIds?.length) throw ValidationFailed.field('giftIds', DonationError.GiftNotFound);
    const gifts = await em
      .createQueryBuilder(Gift, 'g')
      .where('g.id = ANY(:ids)', { ids: dto.giftIds })
      .orderBy('g.id')
      .setLock('pessimistic_write')
      .getMany();
    const byId = new Map(gifts.map((g) => [g.id, g]));
    const fields: FieldErrors = {};
    const numbers = await this.numbersOf(em, gifts);
    dto.giftIds.forEach((id, i) => {
      const g = byId.get(id);
      if (!g || !ctx.ability.can('read', g)) fields[`giftIds.${i}`] = [DonationError.GiftNotFound];
      else if (g.status !== 'paid') fields[`giftIds.${i}`] = [DonationError.GiftNotPaid];
      else if (g.receiptId)
        fields[`giftIds.${i}`] = [msg(DonationError.GiftAlreadyReceipted, { number: numbers.get(g.receiptId)! })];
    });
    if (Object.keys(fields).length) throw new ValidationFailed(fields);
    const donors = new Map(
      (await em.findBy(Donor, { id: In([...new Set(gifts.map((g) => g.donorId))]) })).map((d) => [d.id, d]),
    );
    return dto.giftIds.map((id) => {
      const g = byId.get(id)!;
      return { kind: 'gift' as const, donor: donors.get(g.donorId)!, gifts: [g] };
    });
  }

  /** One summary per donor of the year's paid gifts still without a receipt. */
  private async yearlyBatches(em: EntityManager, ctx: SignedInContext, dto: IssueReceiptsDto): Promise<Batch[]> {
    if (!dto.year) throw ValidationFailed.field('year', DonationError.NothingToReceipt);
    const qb = em
      .createQueryBuilder(Gift, 'g')
      .where("g.status = 'paid' AND g.receipt_id IS NULL AND extract(year FROM g.received_on) = :year", {
        year: dto.year,
      })
      .orderBy('g.donor_id')
      .addOrderBy('g.received_on')
      .addOrderBy('g.id')
      .setLock('pessimistic_write');
    if (dto.donorIds?.length) qb.andWhere('g.donor_id = ANY(:donorIds)', { donorIds: dto.donorIds });
    const gifts = (await qb.getMany()).filter((g) => ctx.ability.can('read', g));
    if (gifts.length === 0)
      throw ValidationFailed.field(dto.donorIds?.length ? 'donorIds' : 'year', DonationError.NothingToReceipt);
    const donors = await em.findBy(Donor, { id: In([...new Set(gifts.map((g) => g.donorId))]) });
    return donors
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((donor) => ({ kind: 'yearly' as const, donor, gifts: gifts.filter((g) => g.donorId === donor.id) }));
  }

  private async numbersOf(em: EntityManager, gifts: Gift[]): Promise<Map<string, string>> {
    const ids = gifts.map((g) => g.receiptId).filter((id): id is string => id !== null);
    if (!ids.length) return new Map();
    const rows = await many(em, sql`SELECT id, number FROM tax_receipts WHERE id = ANY(${ids}::uuid[])`, {
      id: col.uuid,
      number: col.text,
    });
    return new Map(rows.map((r) => [r.id, r.number]));
  }

  /** The next number of the year: the counter row is locked until the transaction ends, so numbers never skip. */
  private async nextNumber(em: EntityManager, year: number): Promise<{ seq: number; number: string }> {
    await exec(em, sql`INSERT INTO tax_receipt_counters (year, last_seq) VALUES (${year}, 0) ON CONFLICT DO NOTHING`);
    const { last } = await one(
      em,
      sql`SELECT last_seq AS last FROM tax_receipt_counters WHERE year = ${year} FOR UPDATE`,
      {
        last: col.int,
      },
    );
    const seq = last + 1;
    await exec(em, sql`UPDATE tax_receipt_counters SET last_seq = ${seq} WHERE year = ${year}`);
    return { seq, number: `${year}-${String(seq).padStart(6, '0')}` };
  }

  private async create(em: EntityManager, ctx: SignedInContext, entity: ReceiptEntity, batch: Batch): Promise<string> {
    const issuedOn = parisDay(new Date());
    const year = Number(issuedOn.slice(0, 4));
    const { seq, number } = await this.nextNumber(em, year);
    const { donor, gifts } = batch;
    const receipt = em.create(TaxReceipt, {
      number,
      year,
      seq,
      kind: batch.kind,
      donorId: donor.id,
      donorName: await this.nameOf(em, donor.id),
      donorAddress:
        [donor.address, [donor.postcode, donor.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null,
      donorKind: donor.kind,
      entity,
      amountCents: gifts.reduce((s, g) => s + g.amountCents, 0),
      giftsCount: gifts.length,
      issuedOn,
      issuedById: ctx.user.id,
      replacesId: batch.replacesId ?? null,
    });
    if (!ctx.ability.can('issue', receipt)) throw new Forbidden();
    await em.save(receipt);
    await em.insert(
      TaxReceiptGift,
      gifts.map((g) => ({ receiptId: receipt.id, giftId: g.id })),
    );
    await exec(
      em,
      sql`UPDATE gifts SET receipt_id = ${receipt.id}, updated_at = now() WHERE id = ANY(${gifts.map((g) => g.id)}::uuid[])`,
    );
    const { entity: _e, ...recorded } = receipt;
    await this.audit.record(em, ctx, {
      action: 'issue',
      entityType: 'TaxReceipt',
      entityId: receipt.id,
      after: { ...recorded, giftIds: gifts.map((g) => g.id) },
    });
    if (donor.email) await this.outbox.enqueue(em, MAIL_JOB, { receiptId: receipt.id });
    return receipt.id;
  }

  private async nameOf(em: EntityManager, donorId: string): Promise<string> {
    const row = await em
      .createQueryBuilder(Donor, 'd')
      .select(donorName('d'), 'name')
      .where('d.id = :donorId', { donorId })
      .getRawOne<{ name: string }>();
    return row!.name;
  }

  private async render(em: EntityManager, r: TaxReceipt): Promise<Buffer> {
    const gifts = await many(
      em,
      sql`SELECT to_char(g.received_on, 'YYYY-MM-DD') AS "receivedOn", g.amount_cents AS "amountCents",
                 g.payment_method AS "paymentMethod"
          FROM tax_receipt_gifts rg JOIN gifts g ON g.id = rg.gift_id
          WHERE rg.receipt_id = ${r.id} ORDER BY g.received_on, g.id`,
      { receivedOn: col.day, amountCents: col.cents, paymentMethod: col.oneOf(PAYMENT_METHODS) },
    );
    return renderPdf(
      receiptDocument({
        number: r.number,
        kind: r.kind,
        year: r.year,
        issuedOn: r.issuedOn,
        cancelled: r.cancelledAt !== null,
        donorKind: r.donorKind,
        donorName: r.donorName,
        donorAddress: r.donorAddress,
        amountCents: r.amountCents,
        gifts,
        entity: r.entity,
      }),
    );
  }

  /** The outbox job: the PDF rendered outside the issuing transaction, then the mail queued with it. */
  private async mailReceipt(em: EntityManager, receiptId: string): Promise<void> {
    const r = await em.findOneBy(TaxReceipt, { id: receiptId });
    const donor = r && (await em.findOneBy(Donor, { id: r.donorId }));
    if (!r || r.cancelledAt || !donor?.email) return;
    const pdf = await this.render(em, r);
    await this.mail.enqueue(em, {
      to: donor.email,
      template: 'tax-receipt',
      locale: 'fr',
      vars: {
        firstName: donor.kind === 'organisation' ? (donor.organisationName ?? '') : (donor.firstName ?? ''),
        number: r.number,
        amountCents: r.amountCents,
        entityName: r.entity.name,
      },
      attachments: [
        {
          filename: `recu-fiscal-${r.number}.pdf`,
          content: pdf.toString('base64'),
          contentType: 'application/pdf',
          encoding: 'base64',
        },
      ],
    });
    await exec(em, sql`UPDATE tax_receipts SET mailed_at = now() WHERE id = ${receiptId}`);
  }
}
