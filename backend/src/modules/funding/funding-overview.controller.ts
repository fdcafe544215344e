import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { Policy } from '../../permissions/policy.decorator';
import { DashboardQuery, DeadlinesQuery } from './dto/overview.dto';
import { DeadlineResponse, FundingAlertResponse, FundingDashboardResponse } from './dto/overview.response';
import { FundingOverviewService } from './funding-overview.service';

/** The coordinator's views across grants: deadlines, alerts and the dashboard. */
@ApiTags('funding')
@Controller('funding')
export class FundingOverviewController {
  constructor(private readonly overview: FundingOverviewService) {}

  @Get('deadlines')
  @Policy('read', 'FundingDashboard')
  @Returns([DeadlineResponse])
  deadlines(@Query() q: DeadlinesQuery) {
    return this.overview.deadlines(q.days);
  }

  @Get('alerts')
  @Policy('read', 'FundingDashboard')
  @Returns([FundingAlertResponse])
  alerts() {
    return this.overview.alertsList();
  }

  @Get('dashboard')
  @Policy('read', 'FundingDashboard')
  @Returns(FundingDashboardResponse)
  dashboard(@Query() q: DashboardQuery) {
    return this.overview.dashboard(q.year);
  }
}
