import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Money another module brought in over a period, one line per origin (a donation campaign…). */
export interface YearResource {
  source: 'donation';
  /** The campaign; none for gifts outside any campaign. */
  label: string | null;
  count: number;
  cents: number;
}

export type YearResourceSource = (from: string, to: string, em: EntityManager) => Promise<YearResource[]>;

/**
 * The funding dashboard shows, beside the grants, what the network received otherwise in the year (gifts by campaign).
 * Those modules register a source at start (`onModuleInit`), as for ActionResourcesService, so funding depends on none.
 */
@Injectable()
export class YearResourcesService {
  private readonly sources: YearResourceSource[] = [];

  register(source: YearResourceSource): void {
    this.sources.push(source);
  }

  async between(from: string, to: string, em: EntityManager): Promise<YearResource[]> {
    const lines: YearResource[] = [];
    for (const source of this.sources) lines.push(...(await source(from, to, em)));
    return lines;
  }
}
