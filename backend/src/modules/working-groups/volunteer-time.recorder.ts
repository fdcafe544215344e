import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Conflict } from '../../common/errors';
import type { SignedInContext } from '../../common/request-context';

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

const UNAVAILABLE = { fr: 'Le module des contributions n’est pas disponible', en: 'contributions module not available' };

/**
 * The one seam to the contributions module (#3), built at the same time on another branch.
 * AT MERGE: inject ContributionsService and make `record` call its creation of a "working time" contribution
 * (same transaction `em`, same caller `ctx`), returning its id; then delete the fallback below.
 * Until then: a plain insert when a `contributions` table exists, otherwise 409.
 */
@Injectable()
export class VolunteerTimeRecorder {
  async record(em: EntityManager, ctx: SignedInContext, t: VolunteerTime): Promise<string> {
    const [{ exists }] = await em.query(`SELECT to_regclass('public.contributions') IS NOT NULL AS exists`);
    if (!exists) throw new Conflict(UNAVAILABLE);
    try {
      const [row] = await em.query(
        `INSERT INTO contributions (organisation_id, person_id, working_group_id, type, period_start, period_end, quantity, unit, description, status, created_by_id)
         VALUES ($1, $2, $3, 'working_time', $4, $5, $6, $7, $8, 'draft', $9) RETURNING id`,
        [t.organisationId, t.personId, t.groupId, t.periodStart, t.periodEnd, t.quantity, t.unit, t.description, ctx.user.id],
      );
      return row.id as string;
    } catch (error) {
      // 42703 undefined column, 23502 missing value, 23514 check: the table is not the one this seam expects.
      if (['42703', '23502', '23514'].includes((error as { code?: string }).code ?? '')) throw new Conflict(UNAVAILABLE);
      throw error;
    }
  }
}
