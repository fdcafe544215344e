import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { ContributionEvidence } from './contribution-evidence.entity';
import { EDITABLE_STATUSES } from './contribution-types';
import type { Contribution } from './contribution.entity';
import { ContributionsService } from './contributions.service';
import { EVIDENCE_MAX_BYTES, type EvidenceDto } from './dto/contribution.dto';
import { ContributionError } from './contributions.errors';

/** The first bytes each accepted type starts with: the declared type must be what the file really is. */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

@Injectable()
export class ContributionEvidenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly contributions: ContributionsService,
  ) {}

  async put(ctx: SignedInContext, id: string, dto: EvidenceDto) {
    const content = Buffer.from(dto.data, 'base64');
    if (content.length === 0 || content.length > EVIDENCE_MAX_BYTES) {
      throw ValidationFailed.field('data', ContributionError.FileEmptyOver2Mb);
    }
    if (!SIGNATURES[dto.contentType](content)) {
      throw ValidationFailed.field('data', ContributionError.FilesContentDoesNotMatch);
    }
    return this.db.transaction(async (em) => {
      await this.findChangeable(ctx, id, em);
      await em.upsert(
        ContributionEvidence,
        {
          contributionId: id,
          fileName: dto.fileName,
          contentType: dto.contentType,
          size: content.length,
          content,
          uploadedAt: new Date(),
        },
        ['contributionId'],
      );
      await this.audit.record(em, ctx, {
        action: 'attach',
        entityType: 'Contribution',
        entityId: id,
        after: { evidence: dto.fileName, size: content.length },
      });
      return this.contributions.get(ctx, id, em);
    });
  }

  async remove(ctx: SignedInContext, id: string) {
    return this.db.transaction(async (em) => {
      await this.findChangeable(ctx, id, em);
      const { affected } = await em.delete(ContributionEvidence, { contributionId: id });
      if (affected) await this.audit.record(em, ctx, { action: 'detach', entityType: 'Contribution', entityId: id });
      return this.contributions.get(ctx, id, em);
    });
  }

  async download(ctx: RequestContext, id: string): Promise<ContributionEvidence> {
    await this.contributions.findAllowed(ctx, id, 'read');
    const file = await this.db
      .getRepository(ContributionEvidence)
      .createQueryBuilder('e')
      .addSelect('e.content')
      .where('e.contribution_id = :id', { id })
      .getOne();
    if (!file) throw new NotFound(ContributionError.NoEvidence);
    return file;
  }

  /** The author while it is a draft (or rejected); the coordinator at any time, as a correction. */
  private async findChangeable(ctx: SignedInContext, id: string, em: EntityManager): Promise<Contribution> {
    const c = await this.contributions.findAllowed(ctx, id, 'read', em);
    const [written] = await this.contributions.written(em, [c]);
    if (ctx.ability.can('correct', written)) return c;
    if (!ctx.ability.can('update', written)) throw new Forbidden();
    if (!EDITABLE_STATUSES.includes(c.status)) throw new Conflict(ContributionError.EvidenceLocked);
    return c;
  }
}
