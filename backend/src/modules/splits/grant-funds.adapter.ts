import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFound } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { ACTIVE_STATUSES, GrantQuery, GrantsService, type GrantStatus } from '../funding/grants.service';
import { GrantFundsProvider, type GrantFunds } from './ports';

/** A grant's money as the funding module knows it: granted (or granted, then closed) means there is money to share. */
const granted = (status: GrantStatus) => (ACTIVE_STATUSES as readonly GrantStatus[]).includes(status);

@Injectable()
export class GrantFundsAdapter extends GrantFundsProvider {
  constructor(private readonly grantsService: GrantsService) {
    super();
  }

  /** A split draws on a handful of grants at most: one lookup each. */
  async grants(ids: string[], em?: EntityManager): Promise<GrantFunds[]> {
    // One after the other: inside a transaction they share one connection.
    const found = [];
    for (const id of new Set(ids)) {
      found.push(
        await this.grantsService.amounts(id, em).catch((e: unknown) => {
          if (e instanceof NotFound) return null;
          throw e;
        }),
      );
    }
    return found
      .filter((g) => g !== null)
      .map((g) => ({
        id: g.id,
        title: g.title,
        funderName: g.funderName,
        granted: granted(g.status),
        amountGrantedCents: g.amountGrantedCents,
      }));
  }

  async grantedGrants(ctx: RequestContext): Promise<GrantFunds[]> {
    const out: GrantFunds[] = [];
    for (const status of ACTIVE_STATUSES) {
      const page = await this.grantsService.list(
        ctx,
        Object.assign(new GrantQuery(), { status, sort: 'title', order: 'asc', pageSize: 200 }),
      );
      out.push(
        ...page.items.map((g) => ({
          id: g.id,
          title: g.title,
          funderName: g.funderName,
          granted: true,
          amountGrantedCents: g.amountGrantedCents,
        })),
      );
    }
    return out;
  }
}
