import { Injectable } from '@nestjs/common';
import archiver from 'archiver';
import type { Readable } from 'node:stream';
import type { ExportFile } from '../../common/exports/export-writer';
import type { RequestContext } from '../../common/request-context';
import { AuditService } from '../../audit/audit.service';
import { ContractorsService } from '../contractors/contractors.service';
import { ContributionExportService } from '../contributions/contribution-export.service';
import { DecisionsService } from '../governance/decisions.service';
import { MeetingsService } from '../governance/meetings.service';
import { ActionItemsService } from '../governance/action-items.service';
import { FundersService } from '../funding/funders.service';
import { GrantsService } from '../funding/grants.service';
import { SubscribersService } from '../newsletters/subscribers.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { PeopleService } from '../people/people.service';
import { SplitPaymentsService } from '../splits/split-payments.service';
import { SourcesService } from '../sources/sources.service';
import { GroupRostersService } from '../working-groups/group-rosters.service';
import { WorkingGroupsService } from '../working-groups/working-groups.service';

const INTRO = {
  fr: `# Données du réseau\n\nUn fichier CSV par liste : UTF-8 avec BOM, séparateur « ; », dates JJ/MM/AAAA et heures de Paris,\nmontants en euros à virgule décimale (1234,50), archives comprises. Les cellules qui commencent par =, +, -, @\nsont précédées d’une apostrophe (protection contre l’injection de formules). Colonnes de chaque fichier :\n`,
  en: `# The network's data\n\nOne CSV file per list: UTF-8 with a BOM, \`;\` separated, dates DD/MM/YYYY and Paris times, euro amounts with a\ndecimal comma (1234,50), archived records included. Cells starting with =, +, -, @ get a leading apostrophe\n(against formula injection). Each file's columns:\n`,
};

/**
 * The whole network in one zip: every list's CSV, archived records included, written in the coordinator's language,
 * plus a README in French (LISEZMOI.md) and in English (README.md) generated from the same column declarations.
 */
@Injectable()
export class NetworkExportService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly people: PeopleService,
    private readonly funders: FundersService,
    private readonly grants: GrantsService,
    private readonly contributions: ContributionExportService,
    private readonly subscribers: SubscribersService,
    private readonly audit: AuditService,
    private readonly missions: ContractorsService,
    private readonly decisions: DecisionsService,
    private readonly meetings: MeetingsService,
    private readonly actions: ActionItemsService,
    private readonly payments: SplitPaymentsService,
    private readonly groups: WorkingGroupsService,
    private readonly rosters: GroupRostersService,
    private readonly sources: SourcesService,
  ) {}

  zip(ctx: RequestContext): Readable {
    const csv = 'csv' as const;
    const files: ExportFile[] = [
      this.organisations.export(ctx, { includeArchived: true, sort: 'name', order: 'asc', format: csv }),
      this.people.export(ctx, { includeArchived: true, sort: 'lastName', order: 'asc', format: csv }),
      this.funders.export(ctx, { includeArchived: true, sort: 'name', order: 'asc', format: csv }),
      this.funders.exportContacts(ctx, { includeArchived: true, sort: 'name', order: 'asc', format: csv }),
      this.grants.export(ctx, { sort: 'title', order: 'asc', format: csv }),
      this.contributions.export(ctx, { format: csv }),
      this.subscribers.export(ctx, { sort: 'email', order: 'asc', format: csv }),
      this.audit.export(ctx, { order: 'asc', format: csv }),
      this.missions.export(ctx, { sort: 'startsOn', order: 'asc', format: csv }),
      this.decisions.export(ctx, { sort: 'number', order: 'asc', format: csv }),
      this.meetings.export(ctx, { sort: 'startsAt', order: 'asc', format: csv }),
      this.actions.export(ctx, { sort: 'createdAt', order: 'asc', format: csv }),
      this.payments.export(ctx, { format: csv }),
      this.missions.exportAllEntries(ctx),
      this.groups.export(ctx, { sort: 'name', order: 'asc', format: csv }),
      this.rosters.people(ctx),
      this.rosters.volunteersFile(ctx),
      this.sources.export(ctx, { format: csv }),
    ];
    const archive = archiver('zip', { zlib: { level: 6 } });
    // Files are streamed one after the other: each list is read in batches as the zip is written.
    for (const f of files) archive.append(f.stream, { name: f.fileName });
    archive.append(INTRO.fr + '\n' + files.map((f) => f.readme.fr).join('\n'), { name: 'LISEZMOI.md' });
    archive.append(INTRO.en + '\n' + files.map((f) => f.readme.en).join('\n'), { name: 'README.md' });
    void archive.finalize();
    return archive;
  }
}
