import { centsFrom } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService, diff } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { maybeOne, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { DonationCampaign } from './campaign.entity';
import { DonationError } from './donations.errors';
import { donorName, lapsed } from './donor-queries';
import { findOrCreateDonor } from './donor-matching';
import { Donor } from './donor.entity';
import type { CreateGiftDto, DonorInput, DonorQuery, GiftQuery, UpdateDonorDto } from './dto/donations.dto';
import type { DonorDetailResponse, DonorResponse, GiftResponse } from './dto/donations.response';
import { Gift } from './gift.entity';
import { ReceiptsService } from './receipts.service';

type Raw<T, K extends keyof T> = Omit<T, K> & Record<K, string>;

/** Donors and their gifts: entered by hand, imported, or received from HelloAsso. */
@Injectable()
export class DonationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly receipts: ReceiptsService,
  ) {}

  async listDonors(ctx: RequestContext, q: DonorQuery): Promise<Page<DonorResponse>> {
    const qb = whereAllowed(this.db.getRepository(Donor).createQueryBuilder('d'), ctx.ability, 'read', 'Donor');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.andWhere(`(lower(${donorName('d')}) LIKE :like OR lower(coalesce(d.email, '')) LIKE :like)`, { like });
    }
    if (q.lapsed !== undefined) qb.andWhere(`${lapsed('d')} = :lapsed`, { lapsed: q.lapsed });
    const total = await qb.getCount();
    const items = await this.donorRows(qb)
      .orderBy(donorName('d'), q.order === 'desc' ? 'DESC' : 'ASC')
      .addOrderBy('d.id')
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .getRawMany<Raw<DonorResponse, 'totalCents'>>();
    return { items: items.map(donorOut), total, page: q.page, pageSize: q.pageSize };
  }

  async getDonor(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<DonorDetailResponse> {
    const qb = whereAllowed(em.getRepository(Donor).createQueryBuilder('d'), ctx.ability, 'read', 'Donor');
    const row = await this.donorRows(qb.andWhere('d.id = :id', { id })).getRawOne<Raw<DonorResponse, 'totalCents'>>();
    if (!row) throw new NotFound(DonationError.DonorNotFound);
    const gifts = await this.listGifts(ctx, { donorId: id, page: 1, pageSize: 200, order: 'desc' }, em);
    const receipts = await this.receipts.forDonor(ctx, id, em);
    return { ...donorOut(row), gifts: gifts.items, receipts };
  }

  async createDonor(ctx: SignedInContext, dto: DonorInput): Promise<DonorDetailResponse> {
    return this.db.transaction(async (em) => {
      const { donor, created } = await findOrCreateDonor(em, dto, '');
      if (created)
        await this.audit.record(em, ctx, { action: 'create', entityType: 'Donor', entityId: donor.id, after: donor });
      return this.getDonor(ctx, donor.id, em);
    });
  }

  async updateDonor(ctx: SignedInContext, id: string, dto: UpdateDonorDto): Promise<DonorDetailResponse> {
    return this.db.transaction(async (em) => {
      const donor = await em.findOne(Donor, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!donor) throw new NotFound(DonationError.DonorNotFound);
      if (!ctx.ability.can('update', donor)) throw new Forbidden();
      const before = { ...donor };
      Object.assign(donor, dto);
      if (donor.kind === 'organisation' ? !donor.organisationName : !donor.lastName)
        throw ValidationFailed.field(
          donor.kind === 'organisation' ? 'organisationName' : 'lastName',
          DonationError.DonorNameRequired,
        );
      await em.save(donor);
      await this.audit.record(em, ctx, { action: 'update', entityType: 'Donor', entityId: id, ...diff(before, donor) });
      return this.getDonor(ctx, id, em);
    });
  }

  async listGifts(ctx: RequestContext, q: GiftQuery, em: EntityManager = this.db.manager): Promise<Page<GiftResponse>> {
    const qb = whereAllowed(em.getRepository(Gift).createQueryBuilder('g'), ctx.ability, 'read', 'Gift');
    if (q.campaignId) qb.andWhere('g.campaign_id = :campaignId', { campaignId: q.campaignId });
    if (q.donorId) qb.andWhere('g.donor_id = :donorId', { donorId: q.donorId });
    if (q.year) qb.andWhere('extract(year FROM g.received_on) = :year', { year: q.year });
    if (q.status) qb.andWhere('g.status = :status', { status: q.status });
    if (q.receipted === true) qb.andWhere('g.receipt_id IS NOT NULL');
    if (q.receipted === false) qb.andWhere("g.receipt_id IS NULL AND g.status = 'paid'");
    const total = await qb.getCount();
    const items = await this.giftRows(qb)
      .orderBy('g.received_on', q.order === 'desc' ? 'DESC' : 'ASC')
      .addOrderBy('g.id')
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .getRawMany<Raw<GiftResponse, 'amountCents'>>();
    return { items: items.map(giftOut), total, page: q.page, pageSize: q.pageSize };
  }

  async createGift(ctx: SignedInContext, dto: CreateGiftDto): Promise<GiftResponse> {
    return this.db.transaction(async (em) => {
      const donor = await this.donorFor(em, ctx, dto);
      await this.checkLinks(em, dto);
      const gift = em.create(Gift, {
        donorId: donor.id,
        campaignId: dto.campaignId ?? null,
        strategyActionId: dto.strategyActionId ?? null,
        amountCents: dto.amountCents,
        receivedOn: dto.receivedOn,
        frequency: dto.frequency ?? 'one_off',
        paymentMethod: dto.paymentMethod,
        status: 'paid',
        source: 'manual',
        reference: dto.reference ?? null,
      });
      if (!ctx.ability.can('create', gift)) throw new Forbidden();
      await em.save(gift);
      await this.audit.record(em, ctx, { action: 'create', entityType: 'Gift', entityId: gift.id, after: gift });
      return this.gift(em, gift.id);
    });
  }

  /** The donor a row of another module names (the gifts import): found, or created and linked, in `em`. */
  static donorFor(em: EntityManager, input: DonorInput, field = 'donor') {
    return findOrCreateDonor(em, input, field);
  }

  /** One gift as the API answers it (no rule check: the caller checked). */
  async gift(em: EntityManager, id: string): Promise<GiftResponse> {
    const row = await this.giftRows(
      em.getRepository(Gift).createQueryBuilder('g').where('g.id = :id', { id }),
    ).getRawOne<Raw<GiftResponse, 'amountCents'>>();
    if (!row) throw new NotFound(DonationError.GiftNotFound);
    return giftOut(row);
  }

  private async donorFor(em: EntityManager, ctx: SignedInContext, dto: CreateGiftDto): Promise<Donor> {
    if (dto.donorId) {
      const donor = await em.findOneBy(Donor, { id: dto.donorId });
      if (!donor || !ctx.ability.can('read', donor))
        throw ValidationFailed.field('donorId', DonationError.DonorNotFound);
      return donor;
    }
    if (!dto.donor) throw ValidationFailed.field('donorId', DonationError.DonorNotFound);
    const { donor, created } = await findOrCreateDonor(em, dto.donor);
    if (created)
      await this.audit.record(em, ctx, { action: 'create', entityType: 'Donor', entityId: donor.id, after: donor });
    return donor;
  }

  private async checkLinks(em: EntityManager, dto: CreateGiftDto) {
    if (dto.campaignId && !(await em.existsBy(DonationCampaign, { id: dto.campaignId })))
      throw ValidationFailed.field('campaignId', DonationError.CampaignNotFound);
    if (
      dto.strategyActionId &&
      !(await maybeOne(em, sql`SELECT 1 AS one FROM strategy_actions WHERE id = ${dto.strategyActionId}`, {
        one: col.int,
      }))
    )
      throw ValidationFailed.field('strategyActionId', DonationError.UnknownStrategyAction);
  }

  private donorRows(qb: SelectQueryBuilder<Donor>) {
    return qb
      .select([
        'd.id AS id',
        'd.kind AS kind',
        `${donorName('d')} AS "displayName"`,
        'd.first_name AS "firstName"',
        'd.last_name AS "lastName"',
        'd.organisation_name AS "organisationName"',
        'd.siren AS siren',
        'd.email AS email',
        'd.address AS address',
        'd.postcode AS postcode',
        'd.city AS city',
        'd.public_name AS "publicName"',
        'd.person_id AS "personId"',
        'd.organisation_id AS "organisationId"',
        'd.created_at AS "createdAt"',
        `${lapsed('d')} AS "recurringLapsed"`,
      ])
      .addSelect(
        "(SELECT coalesce(sum(x.amount_cents), 0) FROM gifts x WHERE x.donor_id = d.id AND x.status = 'paid')",
        'totalCents',
      )
      .addSelect("(SELECT count(*)::int FROM gifts x WHERE x.donor_id = d.id AND x.status = 'paid')", 'giftsCount')
      .addSelect(
        "(SELECT to_char(max(x.received_on), 'YYYY-MM-DD') FROM gifts x WHERE x.donor_id = d.id AND x.status = 'paid')",
        'lastGiftOn',
      );
  }

  private giftRows(qb: SelectQueryBuilder<Gift>) {
    return qb
      .innerJoin(Donor, 'd', 'd.id = g.donor_id')
      .leftJoin(DonationCampaign, 'c', 'c.id = g.campaign_id')
      .leftJoin('tax_receipts', 'r', 'r.id = g.receipt_id')
      .select([
        'g.id AS id',
        'g.donor_id AS "donorId"',
        `${donorName('d')} AS "donorName"`,
        'g.campaign_id AS "campaignId"',
        'c.name AS "campaignName"',
        'g.strategy_action_id AS "strategyActionId"',
        'g.amount_cents AS "amountCents"',
        `to_char(g.received_on, 'YYYY-MM-DD') AS "receivedOn"`,
        'g.frequency AS frequency',
        'g.payment_method AS "paymentMethod"',
        'g.status AS status',
        'g.source AS source',
        'g.reference AS reference',
        'g.helloasso_payment_id::text AS "helloassoPaymentId"',
        'g.receipt_id AS "receiptId"',
        'r.number AS "receiptNumber"',
        'g.created_at AS "createdAt"',
      ]);
  }
}

const donorOut = (r: Raw<DonorResponse, 'totalCents'>): DonorResponse => ({
  ...r,
  totalCents: centsFrom(r.totalCents),
});
const giftOut = (r: Raw<GiftResponse, 'amountCents'>): GiftResponse => ({
  ...r,
  amountCents: centsFrom(r.amountCents),
});
