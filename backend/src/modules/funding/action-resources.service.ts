import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

/** A resource financing the same strategy action as a grant: another grant, a donation, members' fees. */
export interface ActionResource {
  source: 'grant' | 'donation' | 'fee';
  /** 74 for subsidies, 75 for donations and fees (CERFA 15059 products by nature). */
  account: '74' | '75';
  funderName: string;
  /** A public authority's money (État, collectivités, établissements publics), else private. */
  public: boolean;
  label: string;
  plannedCents: number;
  actualCents: number;
}

/** Another module's resources of some actions (donations, fees), plugged in with `register`. */
export type ActionResourceSource = (actionIds: string[], em: EntityManager) => Promise<ActionResource[]>;

/**
 * The other resources of the strategy actions a grant finances, for its report's products. Grants are read here;
 * donations and members' fees belong to other modules, which register a source at start (`onModuleInit`), so funding
 * depends on none of them.
 */
@Injectable()
export class ActionResourcesService {
  private readonly sources: ActionResourceSource[] = [];

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  register(source: ActionResourceSource): void {
    this.sources.push(source);
  }

  /** Every resource linked to one of `actionIds` but the grant `exceptGrantId`, grants first, by funder. */
  async otherResources(
    actionIds: string[],
    exceptGrantId: string | null,
    em: EntityManager = this.db.manager,
  ): Promise<ActionResource[]> {
    if (actionIds.length === 0) return [];
    const grants = await many(
      em,
      sql`SELECT f.name AS "funderName", f.kind = 'public_body' AS "public", g.title AS label,
               coalesce(g.amount_granted_cents, g.amount_requested_cents) AS "plannedCents",
               (SELECT coalesce(sum(i.received_cents), 0) FROM grant_instalments i WHERE i.grant_id = g.id)::bigint AS "actualCents"
          FROM grants g JOIN funders f ON f.id = g.funder_id
         WHERE g.status IN ('granted', 'closed') AND g.id IS DISTINCT FROM ${exceptGrantId}::uuid
           AND EXISTS (SELECT 1 FROM grant_strategy_actions a WHERE a.grant_id = g.id AND a.strategy_action_id = ANY(${actionIds}::uuid[]))
         ORDER BY f.kind = 'public_body' DESC, f.name, g.title`,
      { funderName: col.text, public: col.bool, label: col.text, plannedCents: col.cents, actualCents: col.cents },
    );
    const others: ActionResource[] = [];
    for (const source of this.sources) others.push(...(await source(actionIds, em)));
    return [...grants.map((g) => ({ source: 'grant' as const, account: '74' as const, ...g })), ...others];
  }
}
