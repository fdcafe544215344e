import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/request-context';

/**
 * What splits need from the modules they build on, as small interfaces: the contribution totals (contributions
 * module), a grant's money (funding module) and the COPIL decision that adopted a split (governance). Adapters in
 * splits.module.ts bind them to those modules' services.
 */

export interface ContributionTotalsFilter {
  organisationIds: string[];
  /** Inclusive days, on the contribution's first day. */
  from?: string | null;
  to?: string | null;
  /** Only these types (all when absent). */
  types?: string[] | null;
}

export interface OrganisationTypeTotal {
  organisationId: string;
  type: string;
  valueCents: number;
}

export abstract class ContributionTotalsProvider {
  /** Value of the validated contributions per organisation and type, summed by the database (rows are never loaded). */
  abstract totalsByOrganisationAndType(
    filter: ContributionTotalsFilter,
    em?: EntityManager,
  ): Promise<OrganisationTypeTotal[]>;
}

export interface GrantFunds {
  id: string;
  title: string;
  funderName: string;
  /** The funder said yes: only then is there money to share. */
  granted: boolean;
  amountGrantedCents: number | null;
}

export abstract class GrantFundsProvider {
  /** The grants that exist among `ids`, with their money. */
  abstract grants(ids: string[], em?: EntityManager): Promise<GrantFunds[]>;
  /** Every grant the funders said yes to that the caller may read: what a split can draw on. */
  abstract grantedGrants(ctx: RequestContext): Promise<GrantFunds[]>;
}

export interface CopilDecision {
  id: string;
  /** The number people cite ("décision n° 42"). */
  number: number;
  title: string;
  decidedOn: string;
  adopted: boolean;
}

export abstract class CopilDecisionsProvider {
  /** The decision, if it exists and the caller may read it. */
  abstract decision(ctx: RequestContext, id: string, em?: EntityManager): Promise<CopilDecision | null>;
}
