import { centsFrom } from '@maillage/emails/money';
import { DISPLAY_TIME_ZONE } from '@maillage/emails/time-zone';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { AuditService } from '../../audit/audit.service';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { ContributionType } from '../contributions/contribution-totals.service';
import { explainLine } from './engine';
import type { ApproveSplitDto, SaveSplitDto, SplitQuery } from './dto/split.dto';
import { CopilDecisionsProvider } from './ports';
import type {
  SplitDetailResponse,
  SplitLineResponse,
  SplitListItemResponse,
  SplitPaymentResponse,
  SplitSimulationResponse,
} from './dto/split.response';
import { SplitCalculator, type SplitParameters } from './split-calculator.service';
import { SplitLine } from './split-line.entity';
import type { PublishedSplit } from './split-views';
import { SplitParticipant } from './split-participant.entity';
import { SplitPayment } from './split-payment.entity';
import { SplitSource } from './split-source.entity';
import { freezeSplit } from './split-writes';
import { Split } from './split.entity';
import { exec, many, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { SplitError } from './splits.errors';
import { msg, render } from '../../common/error-catalogue';

const SORT_COLUMNS = {
  createdAt: 's.created_at',
  title: 's.title',
  totalCents: 's.total_cents',
  approvedAt: 's.approved_at',
};
const toWeights = (w: Record<string, number> | null) =>
  w ? Object.entries(w).map(([type, weightBp]) => ({ type: type as ContributionType, weightBp })) : null;

/** What the public transparency page reads of splits, named through this service (docs/layering.md). */
export type { PublishedSplit } from './split-views';

@Injectable()
export class SplitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly calculator: SplitCalculator,
    private readonly decisions: CopilDecisionsProvider,
    private readonly notifications: NotificationsService,
  ) {}

  async list(ctx: RequestContext, q: SplitQuery): Promise<Page<SplitListItemResponse>> {
    const qb = this.db.getRepository(Split).createQueryBuilder('s');
    whereAllowed(qb, ctx.ability, 'read', 'Split');
    if (q.status) qb.andWhere('s.status = :status', { status: q.status });
    if (q.organisationId)
      qb.andWhere('EXISTS (SELECT 1 FROM split_participants p WHERE p.split_id = s.id AND p.organisation_id = :org)', {
        org: q.organisationId,
      });
    qb.addSelect('(SELECT count(*) FROM split_participants p WHERE p.split_id = s.id)', 'organisation_count')
      .addSelect(
        (sub) => this.visibleSum(ctx, sub.select('sum(l.amount_cents)').from(SplitLine, 'l'), 'l', 'SplitLine'),
        'allocated_cents',
      )
      .addSelect(
        (sub) =>
          this.visibleSum(ctx, sub.select('sum(pay.amount_cents)').from(SplitPayment, 'pay'), 'pay', 'SplitPayment'),
        'paid_cents',
      )
      .orderBy(SORT_COLUMNS[q.sort], q.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('s.id', 'ASC');
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .getRawAndEntities<{ organisation_count: string; allocated_cents: string | null; paid_cents: string | null }>();
    const items = entities.map((s, i): SplitListItemResponse => {
      const r = raw[i];
      const approved = s.status !== 'draft';
      return {
        id: s.id,
        title: s.title,
        status: s.status,
        rule: s.rule,
        totalCents: s.totalCents,
        organisationCount: Number(r.organisation_count),
        allocatedCents: approved ? centsFrom(r.allocated_cents) : null,
        paidCents: approved ? centsFrom(r.paid_cents) : null,
        approvedAt: s.approvedAt,
        settledAt: s.settledAt,
        createdAt: s.createdAt,
      };
    });
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** A correlated sum over the rows of `alias` that belong to the split and that the caller may read. */
  private visibleSum<T extends object>(
    ctx: RequestContext,
    sub: SelectQueryBuilder<T>,
    alias: string,
    subject: 'SplitLine' | 'SplitPayment',
  ) {
    return whereAllowed(sub.where(`${alias}.split_id = s.id`), ctx.ability, 'read', subject);
  }

  /** Loads a split the caller may act on, or fails: 404 if it does not exist, 403 if they may not. */
  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<Split> {
    const split = await em.findOne(Split, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!split) throw new NotFound(SplitError.SplitNotFound);
    if (!ctx.ability.can(action, split)) throw new Forbidden();
    return split;
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<SplitDetailResponse> {
    const split = await this.findAllowed(ctx, id, 'read', em);
    const participantsQuery = em
      .getRepository(SplitParticipant)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.organisation', 'o')
      .where('p.split_id = :id', { id })
      .orderBy('p.position');
    // A draft is computed from every input (and read only by those who read every line); in an approved split, an
    // organisation's inputs are read as its line is (both name the organisation by `organisationId`).
    if (split.status !== 'draft') whereAllowed(participantsQuery, ctx.ability, 'read', 'SplitLine');
    const participants = await participantsQuery.getMany();
    const organisationCount =
      split.status === 'draft' ? participants.length : await em.countBy(SplitParticipant, { splitId: id });
    const sourceRows = await em.find(SplitSource, {
      where: { splitId: id },
      order: { amountCents: 'DESC', grantId: 'ASC' },
    });
    const names = await one(
      em,
      sql`SELECT (SELECT p.first_name || ' ' || p.last_name FROM accounts a JOIN people p ON p.id = a.person_id
                  WHERE a.id = ${split.createdById}::uuid) AS created,
              (SELECT p.first_name || ' ' || p.last_name FROM accounts a JOIN people p ON p.id = a.person_id
                  WHERE a.id = ${split.approvedById}::uuid) AS approved`,
      { created: col.text.nullable, approved: col.text.nullable },
    );

    let result: SplitDetailResponse['result'] = null;
    let problems: SplitDetailResponse['problems'] = null;
    const sources = await this.calculator.describeSources(sourceRows, em);
    let payments: SplitPaymentResponse[] = [];
    if (split.status === 'draft') {
      try {
        const c = await this.calculator.compute(
          this.parametersOf(split, participants, sourceRows),
          ctx.locale,
          em,
          split.id,
        );
        result = {
          setAsideCents: c.setAsideCents,
          distributedCents: c.distributedCents,
          rounds: c.rounds,
          fingerprint: c.fingerprint,
          lines: c.lines.map((l) => ({ ...l, paidCents: null, remainingCents: null })),
        };
      } catch (e) {
        if (!(e instanceof ValidationFailed)) throw e;
        problems = Object.fromEntries(
          Object.entries(e.fields ?? {}).map(([k, v]) => [k, v.map((t) => render(t, ctx.locale))]),
        );
      }
    } else {
      payments = await this.payments(ctx, id, em);
      const lines = await this.storedLines(ctx, split, payments, em);
      const setAsideCents = split.setAsides.reduce((a, s) => a + s.amountCents, 0);
      const seesAll = lines.length === organisationCount;
      result = {
        setAsideCents,
        distributedCents: split.totalCents - setAsideCents,
        rounds: seesAll ? split.rounds : null,
        fingerprint: split.fingerprint,
        lines,
      };
    }
    const decision = split.copilDecisionId ? await this.decisions.decision(ctx, split.copilDecisionId, em) : null;
    return {
      id: split.id,
      title: split.title,
      status: split.status,
      rule: split.rule,
      totalCents: split.totalCents,
      baseCents: split.baseCents,
      periodFrom: split.periodFrom,
      periodTo: split.periodTo,
      typeWeights: toWeights(split.typeWeights),
      setAsides: split.setAsides,
      notes: split.notes,
      organisationCount,
      participants: participants.map((p) => ({
        organisationId: p.organisationId,
        organisationName: p.organisation.name,
        shareBp: p.shareBp,
        amountCents: p.amountCents,
        floorCents: p.floorCents,
        capCents: p.capCents,
      })),
      sources,
      createdByName: names.created,
      createdAt: split.createdAt,
      updatedAt: split.updatedAt,
      approvedByName: names.approved,
      approvedAt: split.approvedAt,
      copilDecisionId: split.copilDecisionId,
      settledAt: split.settledAt,
      published: split.published,
      copilDecision: decision && {
        id: decision.id,
        number: decision.number,
        title: decision.title,
        decidedOn: decision.decidedOn,
      },
      result,
      problems,
      payments,
    };
  }

  /** The lines of an approved split the caller may read, with what was paid on each. */
  private async storedLines(
    ctx: RequestContext,
    split: Split,
    payments: SplitPaymentResponse[],
    em: EntityManager,
  ): Promise<SplitLineResponse[]> {
    const qb = em
      .getRepository(SplitLine)
      .createQueryBuilder('l')
      .innerJoinAndSelect('l.organisation', 'o')
      .where('l.split_id = :id', { id: split.id })
      .orderBy('l.position');
    whereAllowed(qb, ctx.ability, 'read', 'SplitLine');
    const rows = await qb.getMany();
    const paid = new Map<string, number>();
    for (const p of payments) paid.set(p.organisationId, (paid.get(p.organisationId) ?? 0) + p.amountCents);
    const clamped = (split.rounds?.length ?? 0) > 0;
    return rows.map((l) => {
      const line = {
        organisationId: l.organisationId,
        shareBp: l.shareBp,
        fixedAmountCents: l.fixedAmountCents,
        contributions: l.contributions,
        floorCents: l.floorCents,
        capCents: l.capCents,
        contributionCents: l.contributionCents,
        weightedContributionCents: l.weightedContributionCents,
        baseCents: l.baseCents,
        ratio: l.ratio,
        exactShareCents: l.exactShareCents,
        roundingCents: l.roundingCents,
        bound: l.bound,
        amountCents: l.amountCents,
      };
      const p = paid.get(l.organisationId) ?? 0;
      return {
        ...line,
        organisationName: l.organisation.name,
        explanation: explainLine(line, { rule: split.rule, clamped }, ctx.locale),
        paidCents: p,
        remainingCents: l.amountCents - p,
      };
    });
  }

  /** Shows or hides an approved split on the public transparency page (the coordinator's choice). */
  async setPublished(ctx: SignedInContext, id: string, published: boolean): Promise<SplitDetailResponse> {
    return this.db.transaction(async (em) => {
      const split = await this.findAllowed(ctx, id, 'publish', em);
      if (split.status === 'draft') throw new Conflict(SplitError.SplitNotApprovedPublish);
      const before = { ...split };
      await em.save(Object.assign(split, { published }));
      await this.audit.recordUpdate(em, ctx, 'Split', id, before, split);
      return this.get(ctx, id, em);
    });
  }

  /**
   * For the public transparency page: the approved splits the coordinator published, each organisation's share, and
   * the grants they share out (their ids: the page names only the grants published too).
   */
  async published(em: EntityManager = this.db.manager): Promise<PublishedSplit[]> {
    const splits = await many(
      em,
      sql`SELECT s.id, s.title, extract(year FROM s.approved_at AT TIME ZONE ${DISPLAY_TIME_ZONE})::int AS year,
                 s.total_cents AS "totalCents",
                 coalesce((SELECT array_agg(src.grant_id ORDER BY src.grant_id) FROM split_sources src
                            WHERE src.split_id = s.id), '{}') AS "grantIds"
            FROM splits s
           WHERE s.published AND s.status <> 'draft'
           ORDER BY s.approved_at DESC, s.id`,
      { id: col.uuid, title: col.text, year: col.int, totalCents: col.cents, grantIds: col.array(col.uuid) },
    );
    const lines = await many(
      em,
      sql`SELECT l.split_id AS "splitId", o.name AS "organisationName", l.amount_cents AS "amountCents"
            FROM split_lines l JOIN organisations o ON o.id = l.organisation_id
           WHERE l.split_id = ANY(${splits.map((s) => s.id)}::uuid[])
           ORDER BY l.position`,
      { splitId: col.uuid, organisationName: col.text, amountCents: col.cents },
    );
    return splits.map((s) => ({
      ...s,
      lines: lines
        .filter((l) => l.splitId === s.id)
        .map(({ organisationName, amountCents }) => ({ organisationName, amountCents })),
    }));
  }

  /** For other modules (the trail): the splits the caller may read that share out a grant, oldest first (in SQL). */
  async idsForGrant(ctx: RequestContext, grantId: string): Promise<string[]> {
    const qb = this.db
      .getRepository(Split)
      .createQueryBuilder('s')
      .select('s.id', 'id')
      .where('EXISTS (SELECT 1 FROM split_sources src WHERE src.split_id = s.id AND src.grant_id = :grantId)', {
        grantId,
      })
      .orderBy('s.created_at')
      .addOrderBy('s.id');
    const rows = await whereAllowed(qb, ctx.ability, 'read', 'Split').getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** Payments and reversals of a split the caller may read, oldest first. */
  async payments(
    ctx: RequestContext,
    splitId: string,
    em: EntityManager = this.db.manager,
  ): Promise<SplitPaymentResponse[]> {
    const qb = em
      .getRepository(SplitPayment)
      .createQueryBuilder('pay')
      .innerJoin('pay.organisation', 'o')
      .leftJoin('accounts', 'a', 'a.id = pay.recorded_by_id')
      .leftJoin('people', 'pe', 'pe.id = a.person_id')
      .leftJoin(SplitPayment, 'rev', 'rev.reverses_id = pay.id')
      .addSelect('o.name', 'organisation_name')
      .addSelect(`pe.first_name || ' ' || pe.last_name`, 'recorded_by_name')
      .addSelect('rev.id', 'reversed_by_id')
      .where('pay.split_id = :splitId', { splitId })
      .orderBy('pay.created_at')
      .addOrderBy('pay.id');
    whereAllowed(qb, ctx.ability, 'read', 'SplitPayment');
    const { entities, raw } = await qb.getRawAndEntities<{
      organisation_name: string;
      reversed_by_id: string | null;
      recorded_by_name: string | null;
    }>();
    return entities.map((p, i) => ({
      id: p.id,
      organisationId: p.organisationId,
      organisationName: raw[i].organisation_name,
      amountCents: p.amountCents,
      paidOn: p.paidOn,
      reference: p.reference,
      note: p.note,
      reversesId: p.reversesId,
      reversedById: raw[i].reversed_by_id ?? null,
      recordedByName: raw[i].recorded_by_name ?? null,
      createdAt: p.createdAt,
    }));
  }

  availableGrants(ctx: RequestContext) {
    return this.calculator.availableGrants(ctx);
  }

  async simulate(ctx: RequestContext, dto: SplitParameters): Promise<SplitSimulationResponse> {
    return this.calculator.compute(dto, ctx.locale);
  }

  async create(ctx: SignedInContext, dto: SaveSplitDto): Promise<SplitDetailResponse> {
    return this.db.transaction(async (em) => {
      await this.calculator.compute(dto, ctx.locale, em);
      const split = await em.save(
        em.create(Split, { ...this.columnsOf(dto), status: 'draft', createdById: ctx.user.id }),
      );
      await this.saveInputs(em, split.id, dto);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'Split',
        entityId: split.id,
        after: { ...split, participants: dto.participants.length },
      });
      return this.get(ctx, split.id, em);
    });
  }

  /** Replaces a draft's parameters as a whole (the editor always sends the full form). */
  async update(ctx: SignedInContext, id: string, dto: SaveSplitDto): Promise<SplitDetailResponse> {
    return this.db.transaction(async (em) => {
      const split = await this.findAllowed(ctx, id, 'update', em);
      if (split.status !== 'draft') throw new Conflict(SplitError.ApprovedSplitNeverChangesMake);
      await this.calculator.compute(dto, ctx.locale, em, id);
      const before = { ...split };
      const saved = await em.save(Object.assign(split, this.columnsOf(dto)));
      await em.delete(SplitParticipant, { splitId: id });
      await em.delete(SplitSource, { splitId: id });
      await this.saveInputs(em, id, dto);
      await this.audit.recordUpdate(em, ctx, 'Split', id, before, saved);
      return this.get(ctx, id, em);
    });
  }

  async remove(ctx: SignedInContext, id: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const split = await this.findAllowed(ctx, id, 'delete', em);
      if (split.status !== 'draft') throw new Conflict(SplitError.ApprovedSplitNeverChangesMake);
      await em.delete(Split, id);
      await this.audit.record(em, ctx, { action: 'delete', entityType: 'Split', entityId: id, before: split });
    });
  }

  /**
   * Freezes a draft: computes it once more with the contributions as they are now, stores every line with its
   * inputs, and writes what each organisation is allotted in the ledger. Approvals drawing on the same grant
   * wait for each other, so two of them cannot both take its last euros.
   */
  async approve(ctx: SignedInContext, id: string, dto: ApproveSplitDto): Promise<SplitDetailResponse> {
    return this.db.transaction(async (em) => {
      const split = await this.findAllowed(ctx, id, 'approve', em);
      if (split.status !== 'draft') throw new Conflict(SplitError.SplitAlreadyApproved);
      if (dto.copilDecisionId) await this.checkDecision(ctx, dto.copilDecisionId, em);
      const participants = await em.find(SplitParticipant, { where: { splitId: id }, order: { position: 'ASC' } });
      const sources = await em.find(SplitSource, { where: { splitId: id } });
      for (const grantId of sources.map((s) => s.grantId).sort()) {
        await exec(em, sql`SELECT pg_advisory_xact_lock(727005, hashtext(${grantId}))`);
      }
      const c = await this.calculator.compute(this.parametersOf(split, participants, sources), ctx.locale, em, id);
      if (dto.fingerprint && dto.fingerprint !== c.fingerprint) {
        throw new Conflict(SplitError.ResultHasChangedSinceSimulation);
      }
      await freezeSplit(em, split, c, {
        actorId: ctx.user.id,
        at: new Date(),
        copilDecisionId: dto.copilDecisionId ?? null,
      });
      await this.audit.record(em, ctx, {
        action: 'approve',
        entityType: 'Split',
        entityId: id,
        after: {
          status: split.status,
          fingerprint: c.fingerprint,
          copilDecisionId: split.copilDecisionId,
          distributedCents: c.distributedCents,
          lines: c.lines.length,
        },
      });
      for (const line of c.lines) {
        await this.notifications.notify(em, ctx, {
          kind: 'split_approved',
          to: { copilOf: line.organisationId },
          params: { subject: split.title },
          link: `/splits/${id}`,
        });
      }
      return this.get(ctx, id, em);
    });
  }

  /** The COPIL decision an approval cites must exist and have adopted something. */
  private async checkDecision(ctx: RequestContext, id: string, em: EntityManager): Promise<void> {
    const decision = await this.decisions.decision(ctx, id, em);
    if (!decision) throw ValidationFailed.field('copilDecisionId', SplitError.UnknownDecision);
    if (!decision.adopted) {
      throw ValidationFailed.field('copilDecisionId', msg(SplitError.DecisionNotAdopted, { number: decision.number }));
    }
  }

  /** A stored split's parameters, in the shape the calculator takes. */
  private parametersOf(split: Split, participants: SplitParticipant[], sources: SplitSource[]): SplitParameters {
    return {
      rule: split.rule,
      totalCents: split.totalCents,
      baseCents: split.baseCents,
      periodFrom: split.periodFrom,
      periodTo: split.periodTo,
      typeWeights: toWeights(split.typeWeights),
      setAsides: split.setAsides,
      participants: participants.map((p) => ({
        organisationId: p.organisationId,
        shareBp: p.shareBp,
        amountCents: p.amountCents,
        floorCents: p.floorCents,
        capCents: p.capCents,
      })),
      sources: sources.map((s) => ({ grantId: s.grantId, amountCents: s.amountCents })),
    };
  }

  /** Only what the rule uses is kept: a percentage left in the form of a proportional split means nothing. */
  private columnsOf(dto: SaveSplitDto): Partial<Split> {
    const proportional = dto.rule === 'proportional' || dto.rule === 'base_plus_proportional';
    return {
      title: dto.title,
      notes: dto.notes ?? null,
      rule: dto.rule,
      totalCents: dto.totalCents,
      baseCents: dto.rule === 'base_plus_proportional' ? (dto.baseCents ?? null) : null,
      periodFrom: proportional ? (dto.periodFrom ?? null) : null,
      periodTo: proportional ? (dto.periodTo ?? null) : null,
      typeWeights:
        proportional && dto.typeWeights ? Object.fromEntries(dto.typeWeights.map((w) => [w.type, w.weightBp])) : null,
      setAsides: (dto.setAsides ?? []).map((s) => ({ label: s.label, amountCents: s.amountCents })),
    };
  }

  private async saveInputs(em: EntityManager, splitId: string, dto: SaveSplitDto): Promise<void> {
    await em.insert(
      SplitParticipant,
      dto.participants.map((p, position) => ({
        splitId,
        organisationId: p.organisationId,
        position,
        shareBp: dto.rule === 'fixed_percent' ? (p.shareBp ?? null) : null,
        amountCents: dto.rule === 'fixed_amount' ? (p.amountCents ?? null) : null,
        floorCents: p.floorCents ?? null,
        capCents: p.capCents ?? null,
      })),
    );
    if (dto.sources?.length)
      await em.insert(
        SplitSource,
        dto.sources.map((s) => ({ splitId, grantId: s.grantId, amountCents: s.amountCents })),
      );
  }
}
