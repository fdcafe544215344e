import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFound } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { DecisionsService } from '../governance/decisions.service';
import { CopilDecisionsProvider, type CopilDecision } from './ports';

/** Decisions as the governance module records them (its own permission check included). */
@Injectable()
export class CopilDecisionsAdapter extends CopilDecisionsProvider {
  constructor(private readonly decisions: DecisionsService) {
    super();
  }

  async decision(ctx: RequestContext, id: string, em?: EntityManager): Promise<CopilDecision | null> {
    try {
      const d = await this.decisions.get(ctx, id, em);
      return { id: d.id, number: d.number, title: d.title, decidedOn: d.decidedOn, adopted: d.outcome === 'adopted' };
    } catch (e) {
      if (e instanceof NotFound) return null;
      throw e;
    }
  }
}
