import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { prepareDatabase } from '../database/prepare';
import { AuditService } from './audit.service';

/** `npm run audit:verify -w backend`: walks the audit log's hash chain; exits 1 when it was tampered with. */
async function main() {
  const db = await prepareDatabase(loadConfig(), { migrate: false });
  const ds = await new DataSource(dataSourceOptions(db.url, 1)).initialize();
  const result = await new AuditService(ds).verify();
  console.log(
    result.ok
      ? `audit chain intact: ${result.checked} entries`
      : `audit chain BROKEN at entry ${result.firstBrokenId} (the ${result.checked} entries before it are intact)`,
  );
  await ds.destroy();
  await db.stop();
  process.exit(result.ok ? 0 : 1);
}

void main();
