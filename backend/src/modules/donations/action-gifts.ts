import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { ActionResourcesService, type ActionResource } from '../funding/action-resources.service';
import { YearResourcesService, type YearResource } from '../funding/year-resources.service';

/**
 * Gifts are among the "other resources" of the strategy actions they support (CERFA 15059, account 75), and on the
 * funding dashboard beside the year's grants: paid gifts summed per campaign, one line each. Registered with the
 * funding module, which depends on no donations code.
 */
@Injectable()
export class ActionGifts implements OnModuleInit {
  constructor(
    private readonly resources: ActionResourcesService,
    private readonly yearResources: YearResourcesService,
  ) {}

  onModuleInit(): void {
    this.resources.register((actionIds, em) => giftsOfActions(actionIds, em));
    this.yearResources.register((from, to, em) => giftsBetween(from, to, em));
  }
}

async function giftsBetween(from: string, to: string, em: EntityManager): Promise<YearResource[]> {
  const rows = await many(
    em,
    sql`SELECT c.name AS label, count(*)::int AS count, sum(g.amount_cents)::bigint AS cents
          FROM gifts g LEFT JOIN donation_campaigns c ON c.id = g.campaign_id
         WHERE g.status = 'paid' AND g.received_on BETWEEN ${from}::date AND ${to}::date
         GROUP BY c.name ORDER BY c.name NULLS LAST`,
    { label: col.text.nullable, count: col.int, cents: col.cents },
  );
  return rows.map((r) => ({ source: 'donation', ...r }));
}

async function giftsOfActions(actionIds: string[], em: EntityManager): Promise<ActionResource[]> {
  const rows = await many(
    em,
    sql`SELECT coalesce(c.name, 'Dons manuels') AS label, sum(g.amount_cents)::bigint AS cents
          FROM gifts g LEFT JOIN donation_campaigns c ON c.id = g.campaign_id
         WHERE g.status = 'paid' AND g.strategy_action_id = ANY(${actionIds}::uuid[])
         GROUP BY c.name ORDER BY c.name NULLS LAST`,
    { label: col.text, cents: col.cents },
  );
  // Gifts are not planned per action: the plan column stays at zero, what was received is the actual figure.
  return rows.map((r) => ({
    source: 'donation',
    account: '75',
    funderName: r.label,
    public: false,
    label: r.label,
    plannedCents: 0,
    actualCents: r.cents,
  }));
}
