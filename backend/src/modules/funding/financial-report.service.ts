import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import { buildFinancialReport, financialReportCsv } from './financial-report';
import type { FinancialReportResponse } from './dto/overview.response';
import { parisToday } from './funding-dates';
import { GrantsService } from './grants.service';
import { DonationsService } from '../donations/donations.service';

@Injectable()
export class FinancialReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly grants: GrantsService,
    private readonly donations: DonationsService,
  ) {}

  /** Read in one repeatable-read snapshot, so the lines and totals agree even while someone records spending. */
  async report(ctx: RequestContext, grantId: string): Promise<FinancialReportResponse> {
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const g = await this.grants.get(ctx, grantId, em);
      const today = parisToday();
      const gifts = await this.donations.totalsForActions(
        g.strategyActionIds,
        g.startsOn ?? '1900-01-01',
        g.endsOn ?? today,
        em,
      );
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
          },
          budgetLines: g.budgetLines,
          receivedCents: g.figures.receivedCents,
          inKindCents: g.figures.inKindCents,
          giftsCents: [...gifts.values()].reduce((s, c) => s + c, 0),
          today,
        },
        ctx.locale,
      );
    });
  }

  async csv(ctx: RequestContext, grantId: string): Promise<{ filename: string; body: string }> {
    const report = await this.report(ctx, grantId);
    // Accents dropped (è → e), anything else but letters and digits becomes a dash: a file name every system takes.
    const slug = report.grant.title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60);
    return {
      filename: `compte-rendu-financier-${slug || report.grant.id}.csv`,
      body: financialReportCsv(report, ctx.locale),
    };
  }
}
