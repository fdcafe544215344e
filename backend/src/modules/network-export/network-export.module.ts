import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { ContractorsModule } from '../contractors/contractors.module';
import { ContributionsModule } from '../contributions/contributions.module';
import { GovernanceModule } from '../governance/governance.module';
import { FundingModule } from '../funding/funding.module';
import { NewslettersModule } from '../newsletters/newsletters.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import { SplitsModule } from '../splits/splits.module';
import { SourcesModule } from '../sources/sources.module';
import { WorkingGroupsModule } from '../working-groups/working-groups.module';
import { NetworkExportController } from './network-export.controller';
import { NetworkExportService } from './network-export.service';

@Module({
  imports: [
    AuditModule,
    ContractorsModule,
    ContributionsModule,
    FundingModule,
    GovernanceModule,
    NewslettersModule,
    OrganisationsModule,
    PeopleModule,
    SplitsModule,
    SourcesModule,
    WorkingGroupsModule,
  ],
  controllers: [NetworkExportController],
  providers: [NetworkExportService],
})
export class NetworkExportModule {}
