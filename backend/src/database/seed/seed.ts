import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { dataSourceOptions } from '../data-source';
import { seedFoundation } from './foundation.seed';
import { seedContributions } from '../../modules/contributions/contributions.seed';
import { seedFunding } from '../../modules/funding/funding.seed';
import { seedGovernance } from '../../modules/governance/governance.seed';
import { seedContractors } from '../../modules/contractors/contractors.seed';
import { seedWorkingGroups } from '../../modules/working-groups/working-groups.seed';
import { seedNewsletters } from '../../modules/newsletters/newsletters.seed';
import { seedSplits } from '../../modules/splits/splits.seed';
import { seedDonations } from '../../modules/donations/donations.seed';
import { seedSources } from '../../modules/sources/sources.seed';
import { seedEvents } from '../../modules/events/events.seed';
import { exec, one, sql } from '../sql';
import { col } from '../sql-columns';

/** Keys of the demo data (organisation, person, group keys…) → the ids the database gave them. */
export type SeedIds = Map<string, string>;

export interface SeedStep {
  name: string;
  run(em: EntityManager, ids: SeedIds): Promise<number>;
}

/** In dependency order; each domain appends its own step. */
// Groups before governance: the strategy's actions name the groups that carry them.
const steps: SeedStep[] = [
  seedFoundation,
  seedWorkingGroups,
  seedContributions,
  seedFunding,
  seedGovernance,
  seedContractors,
  seedNewsletters,
  seedSplits,
  seedDonations,
  seedSources,
  seedEvents,
];

/**
 * Fills an empty database with the network's demo data, all in one transaction.
 * Returns a summary, or null when the database already had organisations (a second start keeps the data).
 */
export async function seedDemoData(url: string): Promise<string | null> {
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    return await ds.transaction(async (em) => {
      await exec(em, sql`LOCK TABLE organisations IN EXCLUSIVE MODE`);
      const { n } = await one(em, sql`SELECT count(*)::int AS n FROM organisations`, { n: col.int });
      if (n > 0) return null;
      const ids: SeedIds = new Map();
      const counts: string[] = [];
      for (const step of steps) counts.push(`${await step.run(em, ids)} ${step.name}`);
      await new AuditService(ds).record(
        em,
        { user: null, ip: null },
        { action: 'seed', entityType: 'Database', after: { counts } },
      );
      return counts.join(', ');
    });
  } finally {
    await ds.destroy();
  }
}
