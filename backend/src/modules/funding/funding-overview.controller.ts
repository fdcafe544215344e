import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Policy } from '../../permissions/policy.decorator';
import { DashboardQuery, DeadlinesQuery } from './dto/overview.dto';
import { FundingOverviewService } from './funding-overview.service';

/** The coordinator's views across grants: deadlines, alerts and the dashboard. */
@ApiTags('funding')
@Controller('funding')
export class FundingOverviewController {
  constructor(private readonly overview: FundingOverviewService) {}

  @Get('deadlines')
  @Policy('read', 'FundingDashboard')
  deadlines(@Query() q: DeadlinesQuery) {
    return this.overview.deadlines(q.days);
  }

  @Get('alerts')
  @Policy('read', 'FundingDashboard')
  alerts() {
    return this.overview.alertsList();
  }

  @Get('dashboard')
  @Policy('read', 'FundingDashboard')
  dashboard(@Query() q: DashboardQuery) {
    return this.overview.dashboard(q.year);
  }
}
