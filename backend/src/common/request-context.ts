import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AppAbility } from '../permissions/ability';
import type { AuthUser, SessionFacts } from '../permissions/auth-user';

/** Methods that change nothing: no CSRF token asked, no cached rights dropped. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a service needs to know about the caller: who, what they may do, from where. */
export interface RequestContext {
  user: AuthUser | null;
  ability: AppAbility;
  ip: string | null;
  locale: 'fr' | 'en';
  session?: SessionFacts;
}

export interface SignedInContext extends RequestContext {
  user: AuthUser;
  session: SessionFacts;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx?: RequestContext;
  }
}

/** The context the access guard attached to the request. */
export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext): RequestContext => {
  const req = host.switchToHttp().getRequest<FastifyRequest>();
  if (!req.ctx) throw new Error('RequestContext missing: is the AccessGuard installed?');
  return req.ctx;
});
