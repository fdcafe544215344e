import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContributionTotalsService, type ContributionType } from '../contributions/contribution-totals.service';
import { ContributionTotalsProvider, type ContributionTotalsFilter, type OrganisationTypeTotal } from './ports';

/** The contributions module's sums (validated only, one GROUP BY in PostgreSQL), as the calculator asks for them. */
@Injectable()
export class ContributionTotalsAdapter extends ContributionTotalsProvider {
  constructor(private readonly totals: ContributionTotalsService) {
    super();
  }

  async totalsByOrganisationAndType(
    filter: ContributionTotalsFilter,
    em?: EntityManager,
  ): Promise<OrganisationTypeTotal[]> {
    const rows = await this.totals.totals(
      {
        organisationIds: filter.organisationIds,
        types: (filter.types as ContributionType[] | null) ?? undefined,
        from: filter.from ?? undefined,
        to: filter.to ?? undefined,
      },
      { groupBy: ['organisation', 'type'] },
      em,
    );
    return rows.map((r) => ({ organisationId: r.organisationId!, type: r.type!, valueCents: r.valueCents }));
  }
}
