import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import { renderPdf } from '../../common/pdf/render-pdf';
import { ActionResourcesService } from './action-resources.service';
import { buildFinancialReport } from './financial-report';
import { financialReportCsv, financialReportXlsx } from './financial-report-files';
import { financialReportPdf } from './financial-report-pdf';
import type { FinancialReportResponse } from './dto/overview.response';
import { parisToday } from './funding-dates';
import { GrantsService } from './grants.service';
import { InKindContributions } from './in-kind-contributions';
import { fileName, type ReportFile } from './report-file';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Injectable()
export class FinancialReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly grants: GrantsService,
    private readonly resources: ActionResourcesService,
    private readonly inKind: InKindContributions,
  ) {}

  /** Read in one repeatable-read snapshot, so the lines and totals agree even while someone records spending. */
  async report(ctx: RequestContext, grantId: string): Promise<FinancialReportResponse> {
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const g = await this.grants.get(ctx, grantId, em);
      return buildFinancialReport(
        {
          grant: {
            id: g.id,
            title: g.title,
            reference: g.reference,
            funderName: g.funder.name,
            status: g.status,
            startsOn: g.startsOn,
            endsOn: g.endsOn,
            amountRequestedCents: g.amountRequestedCents,
            amountGrantedCents: g.amountGrantedCents,
            ownFundsCents: g.ownFundsCents,
            signatoryName: g.signatoryName,
            signatoryRole: g.signatoryRole,
          },
          budgetLines: g.budgetLines,
          receivedCents: g.figures.receivedCents,
          otherResources: await this.resources.otherResources(g.strategyActionIds, g.id, em),
          inKind: await this.inKind.byAccountForGrant(g.id, em),
          today: parisToday(),
        },
        ctx.locale,
      );
    });
  }

  async csv(ctx: RequestContext, grantId: string): Promise<ReportFile> {
    const report = await this.report(ctx, grantId);
    return {
      filename: reportFileName(report, 'csv'),
      contentType: 'text/csv; charset=utf-8',
      body: financialReportCsv(report, ctx.locale),
    };
  }

  async xlsx(ctx: RequestContext, grantId: string): Promise<ReportFile> {
    const report = await this.report(ctx, grantId);
    return {
      filename: reportFileName(report, 'xlsx'),
      contentType: XLSX,
      body: await financialReportXlsx(report, ctx.locale),
    };
  }

  /** Always in French: the form is French, and so are the funders who ask for it. */
  async pdf(ctx: RequestContext, grantId: string): Promise<ReportFile> {
    const report = await this.report({ ...ctx, locale: 'fr' }, grantId);
    return {
      filename: reportFileName(report, 'pdf'),
      contentType: 'application/pdf',
      body: await renderPdf(financialReportPdf(report)),
    };
  }
}

const reportFileName = (report: FinancialReportResponse, extension: string) =>
  fileName('compte-rendu-financier', report.grant.title, report.grant.id, extension);
