import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ValidationFailed } from '../../common/errors';
import { renderPdf } from '../../common/pdf/render-pdf';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { ActivityFacts } from './activity-facts';
import { activityDraft } from './activity-draft';
import { activityReportDocx, activityReportPdf } from './activity-report-files';
import { GrantActivityReport } from './activity-report.entity';
import type { ActivityPeriodQuery, SaveActivityReportDto } from './dto/activity-report.dto';
import type { ActivityReportResponse } from './dto/activity-report.response';
import type { GrantDetailResponse } from './dto/grant.response';
import { fileName, type ReportFile } from './report-file';
import { FundingError } from './funding.errors';
import { GrantsService } from './grants.service';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The period asked, else the grant's own; a grant without dates needs one given. */
function periodOf(grant: GrantDetailResponse, q: ActivityPeriodQuery): { from: string; to: string } {
  const from = q.from ?? grant.startsOn;
  const to = q.to ?? grant.endsOn;
  if (!from) throw ValidationFailed.field('from', FundingError.FieldRequired);
  if (!to) throw ValidationFailed.field('to', FundingError.FieldRequired);
  if (to < from) throw ValidationFailed.field('to', FundingError.PeriodEndsBeforeStarts);
  return { from, to };
}

/**
 * A grant's activity report ("bilan d'activité") per period: the draft worked out from the grant's application and
 * what the app knows of the period, or the text the coordinator saved for that period; exported as PDF and .docx.
 */
@Injectable()
export class ActivityReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly grants: GrantsService,
    private readonly facts: ActivityFacts,
    private readonly audit: AuditService,
  ) {}

  /** Read in one repeatable-read snapshot, so the figures and the text agree. */
  report(ctx: RequestContext, grantId: string, q: ActivityPeriodQuery): Promise<ActivityReportResponse> {
    return this.db.transaction('REPEATABLE READ', (em) => this.build(ctx, grantId, q, em));
  }

  save(ctx: SignedInContext, grantId: string, dto: SaveActivityReportDto): Promise<ActivityReportResponse> {
    return this.db.transaction(async (em) => {
      await this.grants.findAllowed(ctx, grantId, 'update', em);
      const { from, to } = periodOf(await this.grants.get(ctx, grantId, em), dto);
      const sections = dto.sections.map((s) => ({ title: s.title, body: s.body ?? '' }));
      const found = await em.findOneBy(GrantActivityReport, { grantId, periodFrom: from, periodTo: to });
      const before = found ? { ...found } : null;
      const saved = await em.save(
        found
          ? Object.assign(found, { sections })
          : em.create(GrantActivityReport, { grantId, periodFrom: from, periodTo: to, sections }),
      );
      await this.audit.record(em, ctx, {
        action: 'activity_report_save',
        entityType: 'Grant',
        entityId: grantId,
        before,
        after: saved,
      });
      return this.build(ctx, grantId, { from, to }, em);
    });
  }

  /** Drops what was saved for the period: the report is the draft again, worked out afresh. */
  regenerate(ctx: SignedInContext, grantId: string, q: ActivityPeriodQuery): Promise<ActivityReportResponse> {
    return this.db.transaction(async (em) => {
      await this.grants.findAllowed(ctx, grantId, 'update', em);
      const { from, to } = periodOf(await this.grants.get(ctx, grantId, em), q);
      const found = await em.findOneBy(GrantActivityReport, { grantId, periodFrom: from, periodTo: to });
      if (found) {
        await em.delete(GrantActivityReport, found.id);
        await this.audit.record(em, ctx, {
          action: 'activity_report_reset',
          entityType: 'Grant',
          entityId: grantId,
          before: found,
          after: null,
        });
      }
      return this.build(ctx, grantId, { from, to }, em);
    });
  }

  async pdf(ctx: RequestContext, grantId: string, q: ActivityPeriodQuery): Promise<ReportFile> {
    const report = await this.report(ctx, grantId, q);
    return {
      filename: this.fileName(report, 'pdf'),
      contentType: 'application/pdf',
      body: await renderPdf(activityReportPdf(report)),
    };
  }

  async docx(ctx: RequestContext, grantId: string, q: ActivityPeriodQuery): Promise<ReportFile> {
    const report = await this.report(ctx, grantId, q);
    return { filename: this.fileName(report, 'docx'), contentType: DOCX, body: await activityReportDocx(report) };
  }

  private fileName(r: ActivityReportResponse, extension: string): string {
    return fileName('bilan-activite', r.grantTitle, r.grantId, extension, `-${r.from}-${r.to}`);
  }

  private async build(
    ctx: RequestContext,
    grantId: string,
    q: ActivityPeriodQuery,
    em: EntityManager,
  ): Promise<ActivityReportResponse> {
    const grant = await this.grants.get(ctx, grantId, em);
    const { from, to } = periodOf(grant, q);
    const figures = await this.facts.collect(from, to, em);
    const stored = await em.findOneBy(GrantActivityReport, { grantId, periodFrom: from, periodTo: to });
    return {
      grantId,
      grantTitle: grant.title,
      funderName: grant.funder.name,
      from,
      to,
      saved: stored !== null,
      updatedAt: stored?.updatedAt ?? null,
      sections: stored?.sections ?? activityDraft({ ...grant, funderName: grant.funder.name }, from, to, figures),
      figures,
    };
  }
}
