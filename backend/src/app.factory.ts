import fastifyCookie from '@fastify/cookie';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import fastifyMultipart from '@fastify/multipart';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Reflector } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { describeApi } from './openapi';
import { ContractInterceptor } from './permissions/contract.interceptor';
import { ResponseShaper } from './permissions/response-shaper';
import type { AppConfig } from './config/app-config';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { registerSecurityHeaders } from './common/security-headers';
import { createValidationPipe, EmptyPatchInterceptor } from './common/validation';
import { MetricsService } from './metrics/metrics.service';

/** Every JSON body but the uploads (which declare @LargeBody): more is refused with a 413 before it is read. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const NEST_LEVELS: Record<string, LogLevel[]> = {
  silent: [],
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** The HTTP application as the server and the e2e tests run it. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // Structured JSON request logs (pino, Fastify's own logger); secrets never logged.
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    trustProxy: config.TRUST_PROXY,
    bodyLimit: DEFAULT_BODY_LIMIT,
  });
  const fastify = adapter.getInstance();
  registerSecurityHeaders(fastify, { https: config.APP_URL.startsWith('https://'), docsPrefix: '/api/docs' });
  // Multipart uploads (imports) are read as streams by their route, which sets the limits. Registered on Fastify
  // itself: Nest's own registration looks for the plugin beside @nestjs/platform-fastify.
  void fastify.register(fastifyMultipart);
  // A route's own limit (@LargeBody) replaces the default one; set before Nest registers the routes.
  fastify.addHook('onRoute', (route) => {
    const limit = route.config?.bodyLimit;
    if (limit) route.bodyLimit = limit;
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: NEST_LEVELS[config.LOG_LEVEL],
    abortOnError: false,
    // Kept beside the parsed body: webhooks check a signature of the bytes as they came (HelloAsso).
    rawBody: true,
  });
  app.get(MetricsService).instrument(app.getHttpAdapter().getInstance());
  await app.register(fastifyCookie);
  // RFC 8058 one-click unsubscribe: mail providers POST `List-Unsubscribe=One-Click` form-encoded.
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit: 16 * 1024 });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.useGlobalInterceptors(new EmptyPatchInterceptor());
  const openApi = await describeApi(app);
  SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs-json' });
  app.useGlobalInterceptors(new ContractInterceptor(app.get(Reflector), new ResponseShaper(openApi)));
  return app;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route's own body limit, set by @LargeBody. */
    bodyLimit?: number;
  }
}
