import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { CSRF_COOKIE, SESSION_COOKIE } from './session.service';

/** Session cookie out of reach of scripts; the CSRF cookie readable so the UI can echo it in a header. */
export function setSessionCookies(reply: FastifyReply, config: AppConfig, token: string, csrfToken: string): void {
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: config.cookieSecure,
    maxAge: config.SESSION_ABSOLUTE_HOURS * 3600,
  };
  reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, config: AppConfig): void {
  for (const name of [SESSION_COOKIE, CSRF_COOKIE]) reply.clearCookie(name, { path: '/', secure: config.cookieSecure });
}
