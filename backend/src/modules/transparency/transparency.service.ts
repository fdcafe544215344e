import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { NotFound } from '../../common/errors';
import { writeExport, type ExportFile } from '../../common/exports/export-writer';
import { RateLimitService } from '../../common/rate-limit.service';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { ContributionTotalsService, TYPE_LABELS } from '../contributions/contribution-totals.service';
import { GrantsService } from '../funding/grants.service';
import { SplitsService } from '../splits/splits.service';
import type { TransparencySettingsDto } from './dto/transparency.dto';
import type { PublicTransparencyResponse, TransparencySettingsResponse } from './dto/transparency.response';
import { TRANSPARENCY_EXPORT, type PublicTransparencyRow } from './transparency-export';
import { TransparencySettings } from './transparency-settings.entity';

/** The page is public and cheap to ask for: generous per address, but a flood stops (as the donations page). */
const PUBLIC_HITS_PER_MINUTE = 60;

const SECTIONS = {
  grant: { fr: 'Financement reçu', en: 'Grant received' },
  split: { fr: 'Répartition', en: 'Split' },
  inKind: { fr: 'Contributions en nature', en: 'In-kind contributions' },
  ownName: { fr: 'Personnes en leur nom propre', en: 'People in their own name' },
};

/**
 * The network's public transparency page (opt-in): what the coordinator published of grants and approved splits,
 * and the validated contributions in kind, by year. Each module hands over only what was published; when the page
 * is off, nothing at all is answered (404), as if it did not exist.
 */
@Injectable()
export class TransparencyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
    private readonly grants: GrantsService,
    private readonly splits: SplitsService,
    private readonly contributions: ContributionTotalsService,
  ) {}

  async settings(): Promise<TransparencySettingsResponse> {
    const { enabled } = await this.db.manager.findOneByOrFail(TransparencySettings, { id: 1 });
    return { enabled };
  }

  async saveSettings(ctx: SignedInContext, dto: TransparencySettingsDto): Promise<TransparencySettingsResponse> {
    return this.db.transaction(async (em) => {
      const s = await em.findOneOrFail(TransparencySettings, { where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      const before = { ...s };
      s.enabled = dto.enabled;
      await em.save(s);
      await this.audit.recordUpdate(em, ctx, 'TransparencySettings', '1', before, s);
      return { enabled: s.enabled };
    });
  }

  async publicPage(ctx: RequestContext): Promise<PublicTransparencyResponse> {
    await this.rateLimit.hit(`transparency:public:${ctx.ip}`, PUBLIC_HITS_PER_MINUTE, 1);
    if (!(await this.settings()).enabled) throw new NotFound();
    const [grants, splits, inKind] = [
      await this.grants.published(),
      await this.splits.published(),
      await this.contributions.validatedByYear(),
    ];
    const titles = new Map(grants.map((g) => [g.id, g.title]));
    return {
      grants: grants.map(({ id: _id, ...g }) => g),
      splits: splits.map(({ id: _id, grantIds, ...s }) => ({
        ...s,
        grantTitles: grantIds.flatMap((id) => titles.get(id) ?? []),
      })),
      inKind: inKind.map((t) => ({
        year: Number(t.period!.slice(0, 4)),
        organisationName: t.organisationName ?? null,
        type: t.type!,
        count: t.count,
        valueCents: t.valueCents,
      })),
    };
  }

  /** The same, one line per grant, per organisation's share of a split, per year, organisation and type given. */
  async publicCsv(ctx: RequestContext): Promise<ExportFile> {
    const page = await this.publicPage(ctx);
    const l = ctx.locale;
    const rows: PublicTransparencyRow[] = [
      ...page.grants.map((g) => ({
        section: SECTIONS.grant[l],
        year: g.year,
        title: g.title,
        funder: g.funderName,
        organisation: null,
        type: null,
        amountCents: g.amountGrantedCents,
        receivedCents: g.receivedCents,
      })),
      ...page.splits.flatMap((s) =>
        s.lines.map((line) => ({
          section: SECTIONS.split[l],
          year: s.year,
          title: s.title,
          funder: null,
          organisation: line.organisationName,
          type: null,
          amountCents: line.amountCents,
          receivedCents: null,
        })),
      ),
      ...page.inKind.map((k) => ({
        section: SECTIONS.inKind[l],
        year: k.year,
        title: null,
        funder: null,
        organisation: k.organisationName ?? SECTIONS.ownName[l],
        type: TYPE_LABELS[k.type][l],
        amountCents: k.valueCents,
        receivedCents: null,
      })),
    ];
    return writeExport(TRANSPARENCY_EXPORT, [rows], l, 'csv');
  }
}
