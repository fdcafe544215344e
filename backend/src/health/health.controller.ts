import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../permissions/policy.decorator';
import { Returns } from '../common/contract';
import { HealthResponse } from './health.response';
import { exec, sql } from '../database/sql';

/** A database that takes longer than this to answer `SELECT 1` is as good as down for a load balancer. */
const READY_TIMEOUT_MS = 2000;

/**
 * For load balancers and orchestrators: `live` says the process answers (restart it when it does not), `ready` that
 * it can serve (send it traffic): its database answers. `/api/health` is `ready` under its older name.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Public()
  @Returns(HealthResponse)
  @ApiServiceUnavailableResponse({ type: HealthResponse })
  check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    return this.database(reply);
  }

  @Get('live')
  @Public()
  @Returns(HealthResponse)
  live(): HealthResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @Returns(HealthResponse)
  @ApiServiceUnavailableResponse({ type: HealthResponse })
  ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    return this.database(reply);
  }

  private async database(reply: FastifyReply): Promise<HealthResponse> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        exec(this.db, sql`SELECT 1`),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS))),
      ]);
      return { status: 'ok', database: 'up' };
    } catch {
      reply.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: 'down' };
    } finally {
      clearTimeout(timer);
    }
  }
}
