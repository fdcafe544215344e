import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import { AppModule } from './app.module';
import { loadConfig } from './config/app-config';
import { describeApi } from './openapi';

/**
 * Writes the OpenAPI document to the file given (or stdout) without a database: the module graph is built in
 * preview mode, so no provider starts. `npm run api:generate` turns it into the UI's types.
 */
async function main() {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: 'postgres://unused/unused' });
  const app = await NestFactory.create(AppModule.forRoot(config, config.DATABASE_URL!), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix('api');
  const json = `${JSON.stringify(await describeApi(app), null, 2)}\n`;
  if (process.argv[2]) writeFileSync(process.argv[2], json);
  else process.stdout.write(json);
  await app.close();
}

void main();
