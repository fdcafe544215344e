import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { attachment } from '../../common/content-disposition';
import { ReturnsFile } from '../../common/contract';
import { Ctx, type RequestContext } from '../../common/request-context';
import { Policy, Reauthenticated } from '../../permissions/policy.decorator';
import { NetworkExportService } from './network-export.service';

@ApiTags('exports')
@Controller('network-export')
export class NetworkExportController {
  constructor(private readonly exports: NetworkExportService) {}

  /** Everyone's data, people's included: the coordinator or an admin, after a recent sign-in. */
  @Get()
  @Policy('read', 'NetworkExport')
  @Reauthenticated()
  @ApiOperation({
    summary: 'The whole network as a zip',
    description:
      'Every list as CSV (organisations, people, funders and their contacts, grants, contributions, subscribers, ' +
      'audit log, missions and their time entries, decisions, meetings, action items, split payments, the working ' +
      'groups’ members and volunteers, the map’s sources), archived records included, with LISEZMOI.md / README.md ' +
      'describing each file’s columns.',
  })
  @ReturnsFile('application/zip')
  download(@Ctx() ctx: RequestContext) {
    const day = new Date().toISOString().slice(0, 10);
    return new StreamableFile(this.exports.zip(ctx), {
      type: 'application/zip',
      disposition: attachment(`maillage-export-${day}.zip`),
    });
  }
}
