import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { writeExport, type ExportFile } from '../../common/exports/export-writer';
import type { RequestContext } from '../../common/request-context';
import { Forbidden } from '../../common/errors';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { MEMBER_ROLES } from './group-member.entity';
import { PIPELINE_STAGES } from './group-volunteer.entity';
import { GROUP_PEOPLE_EXPORT } from './group-people-export';
import { NETWORK_VOLUNTEERS_EXPORT } from './group-volunteers-export';
import { VolunteersService } from './volunteers.service';

/** Every working group's people at once: the whole-network zip's files, the coordinator's (as the zip is). */
@Injectable()
export class GroupRostersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly volunteers: VolunteersService,
  ) {}

  /**
   * One line per person and group: the open term (else the last one, as an import corrects it) and the volunteer
   * stage. Each group's rows are few; the network's fit one read.
   */
  people(ctx: RequestContext): ExportFile {
    if (!ctx.ability.can('read', 'NetworkExport')) throw new Forbidden();
    const rows = many(
      this.db,
      sql`
        SELECT p.email, p.first_name, p.last_name, g.name AS "group", t.role, t.started_on::text, t.ended_on::text,
               v.stage
          FROM (SELECT person_id, group_id FROM working_group_members
                UNION SELECT person_id, group_id FROM working_group_volunteers) k
          JOIN people p ON p.id = k.person_id
          JOIN working_groups g ON g.id = k.group_id
          LEFT JOIN LATERAL (
            SELECT role, started_on, ended_on FROM working_group_members m
             WHERE m.person_id = k.person_id AND m.group_id = k.group_id
             ORDER BY m.ended_on IS NULL DESC, m.started_on DESC LIMIT 1) t ON true
          LEFT JOIN working_group_volunteers v ON v.person_id = k.person_id AND v.group_id = k.group_id
         ORDER BY g.name, p.last_name, p.first_name, p.email, p.id`,
      {
        email: col.text.nullable,
        first_name: col.text,
        last_name: col.text,
        group: col.text,
        role: col.oneOf(MEMBER_ROLES).nullable,
        started_on: col.day.nullable,
        ended_on: col.day.nullable,
        stage: col.oneOf(PIPELINE_STAGES).nullable,
      },
    );
    async function* batches() {
      yield (await rows).map((r) => ({
        email: r.email,
        firstName: r.first_name,
        lastName: r.last_name,
        group: r.group,
        role: r.role,
        startedOn: r.started_on,
        endedOn: r.ended_on,
        stage: r.stage,
      }));
    }
    return writeExport(GROUP_PEOPLE_EXPORT, batches(), ctx.locale);
  }

  /** Every group's volunteers, with their offer (skills, hours, days, territory). */
  volunteersFile(ctx: RequestContext): ExportFile {
    const volunteers = this.volunteers;
    async function* batches() {
      yield await volunteers.allCards(ctx);
    }
    return writeExport(NETWORK_VOLUNTEERS_EXPORT, batches(), ctx.locale);
  }
}
