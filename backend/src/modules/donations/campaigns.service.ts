import { centsFrom } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService, diff } from '../../audit/audit.service';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { RateLimitService } from '../../common/rate-limit.service';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { DonationCampaign } from './campaign.entity';
import { DonationSettings } from './donation-settings.entity';
import { DonationError } from './donations.errors';
import { lapsed } from './donor-queries';
import type { CreateCampaignDto, DonationSettingsDto, UpdateCampaignDto } from './dto/donations.dto';
import type { CampaignResponse, DonationSettingsResponse, PublicCampaignResponse } from './dto/donations.response';

/** The public page is polled by visitors' browsers: generous per address, but a flood stops. */
const PUBLIC_HITS_PER_MINUTE = 60;

type RawCampaign = Omit<CampaignResponse, 'goalCents' | 'raisedCents'> & {
  goalCents: string | null;
  raisedCents: string;
};

/** Campaigns and their totals, the public progress page, and the donation settings. */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
  ) {}

  async list(ctx: RequestContext): Promise<CampaignResponse[]> {
    const qb = this.allowed(ctx, this.db.manager);
    const rows = await this.rows(qb)
      .orderBy('c.starts_on', 'DESC', 'NULLS LAST')
      .addOrderBy('c.name')
      .getRawMany<RawCampaign>();
    return rows.map(campaignOut);
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<CampaignResponse> {
    const row = await this.rows(this.allowed(ctx, em).andWhere('c.id = :id', { id })).getRawOne<RawCampaign>();
    if (!row) throw new NotFound(DonationError.CampaignNotFound);
    return campaignOut(row);
  }

  async create(ctx: SignedInContext, dto: CreateCampaignDto): Promise<CampaignResponse> {
    return this.db.transaction(async (em) => {
      const campaign = em.create(DonationCampaign, { ...dto });
      if (!ctx.ability.can('create', campaign)) throw new Forbidden();
      await this.check(em, campaign);
      await em.save(campaign);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'DonationCampaign',
        entityId: campaign.id,
        after: campaign,
      });
      return this.get(ctx, campaign.id, em);
    });
  }

  async update(ctx: SignedInContext, id: string, dto: UpdateCampaignDto): Promise<CampaignResponse> {
    return this.db.transaction(async (em) => {
      const campaign = await em.findOne(DonationCampaign, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!campaign) throw new NotFound(DonationError.CampaignNotFound);
      if (!ctx.ability.can('update', campaign)) throw new Forbidden();
      const before = { ...campaign };
      Object.assign(campaign, dto);
      await this.check(em, campaign);
      await em.save(campaign);
      await this.audit.record(em, ctx, {
        action: 'update',
        entityType: 'DonationCampaign',
        entityId: id,
        ...diff(before, campaign),
      });
      return this.get(ctx, id, em);
    });
  }

  /** The public page: only for a campaign that opted in, and only its totals (who gave stays out). */
  async publicProgress(ip: string, slug: string): Promise<PublicCampaignResponse> {
    await this.rateLimit.hit(`donations:public:${ip}`, PUBLIC_HITS_PER_MINUTE, 1);
    const row = await this.rows(
      this.db
        .getRepository(DonationCampaign)
        .createQueryBuilder('c')
        .where('c.slug = :slug AND c.public_page', { slug }),
    ).getRawOne<RawCampaign>();
    if (!row) throw new NotFound(DonationError.CampaignNotFound);
    const c = campaignOut(row);
    return {
      name: c.name,
      description: c.description,
      goalCents: c.goalCents,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      raisedCents: c.raisedCents,
      donorsCount: c.donorsCount,
    };
  }

  async settings(): Promise<DonationSettingsResponse> {
    const { id: _id, updatedAt: _u, ...s } = await this.db.manager.findOneByOrFail(DonationSettings, { id: 1 });
    return s;
  }

  async saveSettings(ctx: SignedInContext, dto: DonationSettingsDto): Promise<DonationSettingsResponse> {
    await this.db.transaction(async (em) => {
      const s = await em.findOneOrFail(DonationSettings, { where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      const before = { ...s };
      Object.assign(s, dto);
      await em.save(s);
      await this.audit.record(em, ctx, {
        action: 'update',
        entityType: 'DonationSettings',
        entityId: '1',
        ...diff(before, s),
      });
    });
    return this.settings();
  }

  private allowed(ctx: RequestContext, em: EntityManager) {
    return whereAllowed(
      em.getRepository(DonationCampaign).createQueryBuilder('c'),
      ctx.ability,
      'read',
      'DonationCampaign',
    );
  }

  private async check(em: EntityManager, c: DonationCampaign) {
    if (c.startsOn && c.endsOn && c.endsOn < c.startsOn)
      throw ValidationFailed.field('endsOn', DonationError.PeriodEndsBeforeStarts);
    const taken = await em
      .getRepository(DonationCampaign)
      .createQueryBuilder('c')
      .where('c.slug = :slug', { slug: c.slug })
      .andWhere(c.id ? 'c.id <> :id' : 'true', { id: c.id })
      .getExists();
    if (taken) throw ValidationFailed.field('slug', DonationError.SlugTaken);
  }

  private rows(qb: SelectQueryBuilder<DonationCampaign>) {
    const paid = "FROM gifts g WHERE g.campaign_id = c.id AND g.status = 'paid'";
    return qb
      .select([
        'c.id AS id',
        'c.name AS name',
        'c.slug AS slug',
        'c.description AS description',
        'c.goal_cents AS "goalCents"',
        `to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn"`,
        `to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn"`,
        'c.public_page AS "publicPage"',
        'c.archived_at AS "archivedAt"',
        'c.helloasso_form_type AS "helloassoFormType"',
        'c.helloasso_form_slug AS "helloassoFormSlug"',
        'c.created_at AS "createdAt"',
        'c.updated_at AS "updatedAt"',
      ])
      .addSelect(`(SELECT coalesce(sum(g.amount_cents), 0) ${paid})`, 'raisedCents')
      .addSelect(`(SELECT count(DISTINCT g.donor_id)::int ${paid})`, 'donorsCount')
      .addSelect(`(SELECT count(*)::int ${paid})`, 'giftsCount')
      .addSelect(
        `(SELECT count(DISTINCT d.id)::int FROM donors d WHERE ${lapsed('d')}
            AND EXISTS (SELECT 1 FROM gifts g WHERE g.donor_id = d.id AND g.campaign_id = c.id AND g.frequency = 'monthly'))`,
        'lapsedDonorsCount',
      );
  }
}

const campaignOut = (r: RawCampaign): CampaignResponse => ({
  ...r,
  goalCents: r.goalCents === null ? null : centsFrom(r.goalCents),
  raisedCents: centsFrom(r.raisedCents),
});
