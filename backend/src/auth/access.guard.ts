import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { SESSION_COOKIE, SessionService } from './session.service';
import { DomainError, Forbidden, Unauthenticated } from '../common/errors';
import { pickLocale } from '../common/messages';
import { SAFE_METHODS, type RequestContext } from '../common/request-context';
import { defineAbilityFor } from '../permissions/ability';
import { POLICY_KEY, REAUTH_KEY, REAUTH_MINUTES, RoutePolicy } from '../permissions/policy.decorator';
import { PermissionError } from '../permissions/permissions.errors';

/** Rules are only read, never changed after build, so one anonymous ability serves every request. */
const ANONYMOUS = defineAbilityFor(null);

const sameToken = (a: string | undefined, b: string) =>
  typeof a === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The one gate every route passes: resolves the session, checks CSRF on changes, then the route's policy.
 * A route without a declared policy is refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const ctx: RequestContext = {
      user: null,
      ability: ANONYMOUS,
      ip: req.ip ?? null,
      locale: pickLocale(req.headers['accept-language']),
    };
    req.ctx = ctx;

    const token = req.cookies?.[SESSION_COOKIE];
    if (token) {
      const session = await this.sessions.resolve(token);
      if (session) {
        if (
          !SAFE_METHODS.has(req.method) &&
          !sameToken(req.headers['x-csrf-token'] as string | undefined, session.csrfToken)
        ) {
          throw new DomainError(403, 'forbidden', PermissionError.InvalidCsrfToken);
        }
        ctx.user = session.user;
        ctx.ability = session.ability;
        ctx.session = session.facts;
        ctx.locale = req.headers['accept-language'] ? ctx.locale : session.user.locale;
      }
    }

    if (!policy) {
      this.logger.error(`route ${req.method} ${req.routeOptions?.url} declares no policy: refused`);
      throw new Forbidden();
    }
    if (policy.kind === 'public') return true;
    if (!ctx.user) throw new Unauthenticated();
    if (policy.kind === 'signed-in') return true;
    // A role that must have a second factor does nothing else until it has one (its own account pages stay open).
    if (ctx.session?.secondFactor.required && !ctx.session.secondFactor.enabled) {
      throw new DomainError(403, 'forbidden', PermissionError.SecondFactorRequired);
    }
    if (ctx.ability.can(policy.action, policy.subject)) {
      const sensitive = this.reflector.getAllAndOverride<boolean | undefined>(REAUTH_KEY, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (sensitive && Date.now() - new Date(ctx.session!.authenticatedAt).getTime() > REAUTH_MINUTES * 60_000) {
        throw new DomainError(403, 'forbidden', PermissionError.ReauthenticationRequired);
      }
      return true;
    }

    this.logger.warn(`refused ${req.method} ${req.url} to account ${ctx.user.id}`);
    await this.audit.recordNow(ctx, {
      action: 'access_denied',
      entityType: policy.subject,
      after: { method: req.method, url: req.url },
    });
    throw new Forbidden();
  }
}
