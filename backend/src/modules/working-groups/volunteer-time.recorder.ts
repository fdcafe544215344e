import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../common/request-context';
import { ContributionsService } from '../contributions/contributions.service';

/** Volunteer time as a working-time contribution of the volunteer's organisation. */
export interface VolunteerTime {
  organisationId: string;
  personId: string;
  groupId: string;
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unit: 'hours' | 'days';
  description: string | null;
}

/** The seam to the contributions module: a draft "working time" contribution, in the caller's transaction. */
@Injectable()
export class VolunteerTimeRecorder {
  constructor(private readonly contributions: ContributionsService) {}

  async record(em: EntityManager, ctx: SignedInContext, t: VolunteerTime): Promise<string> {
    const created = await this.contributions.create(
      ctx,
      {
        organisationId: t.organisationId,
        personId: t.personId,
        workingGroupId: t.groupId,
        type: 'working_time',
        unit: t.unit === 'hours' ? 'hour' : 'day',
        startsOn: t.periodStart,
        endsOn: t.periodEnd,
        quantity: t.quantity,
        description: t.description ?? 'Temps bénévole',
      },
      em,
    );
    return created.id;
  }
}
