import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReturnsRaw } from '../common/contract';
import { Public } from '../permissions/policy.decorator';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsService } from './metrics.service';

/** Prometheus's text exposition format. */
const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';

@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  /** Prometheus text format; who may read it is the guard's business (METRICS_TOKEN or loopback). */
  @Get()
  @Public()
  @UseGuards(MetricsAccessGuard)
  @Header('Content-Type', PROMETHEUS_TEXT)
  @ReturnsRaw(PROMETHEUS_TEXT)
  render(): Promise<string> {
    return this.metrics.render();
  }
}
