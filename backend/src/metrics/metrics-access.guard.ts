import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { Forbidden, Unauthenticated } from '../common/errors';
import { MetricsError } from './metrics.errors';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * Who may read the metrics (they tell how busy the network is and when backups last worked): with METRICS_TOKEN set,
 * whoever sends it as a bearer token; without, only a caller on this machine that came through no proxy (the UI's
 * server forwards /api with X-Forwarded-For, so a visitor reaching /api/metrics through it is refused).
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    const token = this.config.METRICS_TOKEN;
    if (token) {
      const given = Buffer.from(/^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
      const expected = Buffer.from(token);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new Unauthenticated(MetricsError.InvalidToken);
      return true;
    }
    const proxied = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
    if (proxied || !LOOPBACK.test(req.socket.remoteAddress ?? '')) {
      throw new Forbidden(MetricsError.NotFromServer);
    }
    return true;
  }
}
