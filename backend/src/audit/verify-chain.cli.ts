import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { prepareDatabase } from '../database/prepare';
import { loadConfig } from '../config/app-config';
import { AuditService } from './audit.service';

/** `npm run audit:verify -w backend`: exits 1 when the audit chain was tampered with. */
async function main() {
  const config = loadConfig();
  const db = await prepareDatabase(config, { migrate: false });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, db.url), { logger: ['error'] });
  const result = await app.get(AuditService).verify();
  console.log(result.ok ? `audit chain intact: ${result.checked} entries` : `audit chain BROKEN at entry ${result.firstBrokenId} (${result.checked} entries before it are intact)`);
  await app.close();
  await db.stop();
  process.exit(result.ok ? 0 : 1);
}
void main();
