import { subject } from '@casl/ability';
import { decimal, type Locale } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { Forbidden, NotFound, ValidationFailed } from '../../common/errors';
import { writeExport, type ExportFile } from '../../common/exports/export-writer';
import type { RequestContext } from '../../common/request-context';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { SPLIT_EXPORT } from './split-export';
import type { ContributionType } from '../contributions/contribution-totals.service';
import { explainLine } from './engine';
import { ContributionTotalsProvider } from './ports';
import { SplitLine } from './split-line.entity';
import { SplitPayment } from './split-payment.entity';
import type {
  OrganisationShareResponse,
  OrganisationStatementResponse,
  SplitOrganisationResponse,
  SplitStatementResponse,
} from './dto/split.response';
import { SplitsService } from './splits.service';
import { maybeOne, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { SplitError } from './splits.errors';

const LABELS = {
  fr: {
    rules: {
      fixed_percent: 'pourcentages fixes',
      fixed_amount: 'montants fixes',
      proportional: 'au prorata des contributions',
      base_plus_proportional: 'base fixe et prorata des contributions',
    },
    statementHeader: ['date', 'écriture', 'répartition', 'montant_euros', 'référence', 'détail'],
    allocated: 'part attribuée',
    paid: 'versement',
    reversed: 'annulation de versement',
    totals: ['total attribué', 'total versé', 'reste à verser'],
    splitHeader: ['rubrique', 'libellé', 'montant_euros', 'détail'],
    split: 'répartition',
    rule: 'règle',
    total: 'montant réparti',
    approved: 'approuvée le',
    period: 'période des contributions',
    contribution: 'contribution validée',
    share: 'part attribuée',
    payment: 'versement',
    remaining: 'reste à verser',
    bounds: { floor: 'plancher', cap: 'plafond' },
  },
  en: {
    rules: {
      fixed_percent: 'fixed percentages',
      fixed_amount: 'fixed amounts',
      proportional: 'in proportion to contributions',
      base_plus_proportional: 'fixed base plus proportional',
    },
    statementHeader: ['date', 'entry', 'split', 'amount_euros', 'reference', 'detail'],
    allocated: 'share allotted',
    paid: 'payment',
    reversed: 'payment reversed',
    totals: ['total allotted', 'total paid', 'left to pay'],
    splitHeader: ['section', 'label', 'amount_euros', 'detail'],
    split: 'split',
    rule: 'rule',
    total: 'amount split',
    approved: 'approved on',
    period: 'contribution period',
    contribution: 'validated contribution',
    share: 'share allotted',
    payment: 'payment',
    remaining: 'left to pay',
    bounds: { floor: 'floor', cap: 'cap' },
  },
} as const;

/** Spreadsheet conventions of each language: French Excel wants `;` and a decimal comma. */
const csvOf = (rows: (readonly unknown[])[], locale: Locale) =>
  '\uFEFF' + stringify(rows, { delimiter: locale === 'fr' ? ';' : ',' });
const euros = (cents: number | string, locale: Locale, digits = 2) => {
  const d = typeof cents === 'string' ? cents : decimal(BigInt(Math.abs(cents)), 100n, digits);
  const signed = typeof cents === 'number' && cents < 0 ? `-${d}` : d;
  return locale === 'fr' ? signed.replace('.', ',') : signed;
};
const day = (d: Date | string) =>
  typeof d === 'string' ? d : new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_TIME_ZONE }).format(d);

/** What an organisation can show its own board: its shares, what it was paid, and how each share came about. */
@Injectable()
export class SplitStatementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly splits: SplitsService,
    private readonly contributions: ContributionTotalsProvider,
  ) {}

  private async organisation(ctx: RequestContext, id: string): Promise<SplitOrganisationResponse> {
    const org = await maybeOne(this.db, sql`SELECT id, name FROM organisations WHERE id = ${id}`, {
      id: col.uuid,
      name: col.text,
    });
    if (!org) throw new NotFound(SplitError.OrganisationNotFound);
    if (!ctx.ability.can('read', subject('SplitLine', { organisationId: id }))) throw new Forbidden();
    return org;
  }

  async organisationStatement(ctx: RequestContext, organisationId: string): Promise<OrganisationStatementResponse> {
    const organisation = await this.organisation(ctx, organisationId);
    const lines = this.db
      .getRepository(SplitLine)
      .createQueryBuilder('l')
      .innerJoinAndSelect('l.split', 's')
      .where('l.organisation_id = :organisationId', { organisationId })
      .orderBy('s.approved_at', 'ASC')
      .addOrderBy('s.id');
    whereAllowed(lines, ctx.ability, 'read', 'SplitLine');
    const rows = await lines.getMany();
    const paymentsQuery = this.db
      .getRepository(SplitPayment)
      .createQueryBuilder('pay')
      .innerJoin('pay.split', 's')
      .leftJoin(SplitPayment, 'rev', 'rev.reverses_id = pay.id')
      .addSelect('s.title', 'split_title')
      .addSelect('rev.id', 'reversed_by_id')
      .where('pay.organisation_id = :organisationId', { organisationId })
      .orderBy('pay.paid_on')
      .addOrderBy('pay.created_at');
    whereAllowed(paymentsQuery, ctx.ability, 'read', 'SplitPayment');
    const payments = await paymentsQuery.getRawAndEntities<{ split_title: string; reversed_by_id: string | null }>();
    const paidBy = new Map<string, number>();
    for (const p of payments.entities) paidBy.set(p.lineId, (paidBy.get(p.lineId) ?? 0) + p.amountCents);
    const shares = rows.map((l): OrganisationShareResponse => {
      const paid = paidBy.get(l.id) ?? 0;
      return {
        splitId: l.splitId,
        title: l.split.title,
        status: l.split.status,
        rule: l.split.rule,
        approvedAt: l.split.approvedAt!,
        amountCents: l.amountCents,
        paidCents: paid,
        remainingCents: l.amountCents - paid,
        explanation: explainLine(
          { ...l },
          { rule: l.split.rule, clamped: (l.split.rounds?.length ?? 0) > 0 },
          ctx.locale,
        ),
      };
    });
    const contributions = (await this.contributions.totalsByOrganisationAndType({ organisationIds: [organisationId] }))
      .map((t) => ({ type: t.type as ContributionType, valueCents: t.valueCents }))
      .sort((a, b) => b.valueCents - a.valueCents);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const allocatedCents = sum(shares.map((s) => s.amountCents));
    const paidCents = sum(shares.map((s) => s.paidCents));
    return {
      organisation,
      contributions,
      shares,
      payments: payments.entities.map((p, i) => ({
        id: p.id,
        splitId: p.splitId,
        splitTitle: payments.raw[i].split_title,
        organisationId,
        organisationName: organisation.name,
        amountCents: p.amountCents,
        paidOn: p.paidOn,
        reference: p.reference,
        note: p.note,
        reversesId: p.reversesId,
        reversedById: payments.raw[i].reversed_by_id ?? null,
        recordedByName: null,
        createdAt: p.createdAt,
      })),
      totals: {
        contributionCents: sum(contributions.map((c) => c.valueCents)),
        allocatedCents,
        paidCents,
        remainingCents: allocatedCents - paidCents,
      },
    };
  }

  async organisationStatementCsv(
    ctx: RequestContext,
    organisationId: string,
  ): Promise<{ fileName: string; csv: string }> {
    const s = await this.organisationStatement(ctx, organisationId);
    const w = LABELS[ctx.locale];
    const entries = [
      ...s.shares.map((x) => [
        day(x.approvedAt),
        w.allocated,
        x.title,
        euros(x.amountCents, ctx.locale),
        '',
        x.explanation,
      ]),
      ...s.payments.map((p) => [
        day(p.paidOn),
        p.reversesId ? w.reversed : w.paid,
        p.splitTitle,
        euros(p.amountCents, ctx.locale),
        p.reference,
        p.note ?? '',
      ]),
    ].sort((a, b) => a[0].localeCompare(b[0]));
    const totals = [s.totals.allocatedCents, s.totals.paidCents, s.totals.remainingCents].map((c, i) => [
      '',
      w.totals[i],
      '',
      euros(c, ctx.locale),
      '',
      '',
    ]);
    return {
      fileName: `${slug(s.organisation.name)}-repartitions.csv`,
      csv: csvOf([w.statementHeader, ...entries, ...totals], ctx.locale),
    };
  }

  async splitStatement(ctx: RequestContext, splitId: string, organisationId: string): Promise<SplitStatementResponse> {
    const organisation = await this.organisation(ctx, organisationId);
    const detail = await this.splits.get(ctx, splitId);
    const line = detail.result?.lines.find((l) => l.organisationId === organisationId);
    if (detail.status === 'draft' || !line) throw new NotFound(SplitError.NoApprovedShareOrganisationSplit);
    // The other organisations' inputs stay off one organisation's statement.
    const { result, problems: _problems, payments, participants: _participants, ...split } = detail;
    return {
      split: { ...split, distributedCents: result!.distributedCents },
      organisation,
      line,
      payments: payments.filter((p) => p.organisationId === organisationId),
    };
  }

  async splitStatementCsv(
    ctx: RequestContext,
    splitId: string,
    organisationId: string,
  ): Promise<{ fileName: string; csv: string }> {
    const { split, organisation, line, payments } = await this.splitStatement(ctx, splitId, organisationId);
    const w = LABELS[ctx.locale];
    const e = (c: number) => euros(c, ctx.locale);
    const rows: (readonly unknown[])[] = [
      w.splitHeader,
      [w.split, split.title, e(split.totalCents), organisation.name],
      [w.rule, w.rules[split.rule], e(split.distributedCents), ''],
      [w.approved, day(split.approvedAt!), '', split.approvedByName ?? ''],
    ];
    if (split.periodFrom || split.periodTo)
      rows.push([w.period, `${split.periodFrom ?? '…'} → ${split.periodTo ?? '…'}`, '', '']);
    for (const [type, cents] of Object.entries(line.contributions)) rows.push([w.contribution, type, e(cents), '']);
    rows.push([w.share, organisation.name, e(line.amountCents), line.explanation]);
    for (const p of payments)
      rows.push([p.reversesId ? w.reversed : w.payment, `${p.paidOn} ${p.reference}`, e(p.amountCents), p.note ?? '']);
    rows.push([w.remaining, '', e(line.remainingCents ?? line.amountCents), '']);
    return { fileName: `${slug(split.title)}-${slug(organisation.name)}.csv`, csv: csvOf(rows, ctx.locale) };
  }

  /** Every line of a split the caller may read, with its explanation: the coordinator's working file. */
  /** The split's lines, by the writer every export uses. */
  async splitCsv(ctx: RequestContext, splitId: string): Promise<ExportFile> {
    const detail = await this.splits.get(ctx, splitId);
    if (!detail.result) throw ValidationFailed.field('split', SplitError.SplitCannotComputed);
    const bounds = LABELS[ctx.locale].bounds;
    const lines = detail.result.lines.map((l) => ({ ...l, boundLabel: l.bound ? bounds[l.bound] : null }));
    return { ...writeExport(SPLIT_EXPORT, [lines], ctx.locale), fileName: `${slug(detail.title)}.csv` };
  }
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'repartition';
