import { formatEuros } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { AuditService } from '../../audit/audit.service';
import { Conflict, NotFound, ValidationFailed } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { whereAllowed } from '../../permissions/casl-to-sql';
import type { SplitDetailResponse, SplitLedgerEntryResponse } from './dto/split.response';
import type { LedgerQuery, RecordPaymentDto, ReversePaymentDto, SplitPaymentExportQuery } from './dto/split.dto';
import { inBatches, writeExport, type ExportFile } from '../../common/exports/export-writer';
import { SPLIT_PAYMENTS_EXPORT, type SplitPaymentRow } from './split-payment-export';
import { appendLedger } from './split-ledger';
import { SplitLedgerEntry } from './split-ledger-entry.entity';
import { SplitLine } from './split-line.entity';
import { SplitPayment } from './split-payment.entity';
import { Split } from './split.entity';
import { SplitsService } from './splits.service';
import { settleIfPaid, writePayment } from './split-writes';
import { one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { SplitError } from './splits.errors';
import { msg } from '../../common/error-catalogue';

/** Today in Paris, where the network pays: a payment dated after it has not been made yet. */
const todayInParis = () => new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_TIME_ZONE }).format(new Date());

@Injectable()
export class SplitPaymentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly splits: SplitsService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Records money paid to an organisation for its share; never more than what remains. The split's row is
   * locked first, so two payments recorded at once cannot both take the same remainder.
   */
  async record(ctx: SignedInContext, splitId: string, dto: RecordPaymentDto): Promise<SplitDetailResponse> {
    return this.db.transaction(async (em) => {
      const split = await this.splits.findAllowed(ctx, splitId, 'pay', em);
      if (split.status === 'draft') throw new Conflict(SplitError.ApproveSplitBeforeRecordingPayment);
      const line = await em.findOne(SplitLine, {
        where: { splitId, organisationId: dto.organisationId },
        relations: { organisation: true },
      });
      if (!line) throw ValidationFailed.field('organisationId', SplitError.OrganisationHasNoShareSplit);
      if (dto.paidOn > todayInParis())
        throw ValidationFailed.field('paidOn', SplitError.PaymentFutureCannotRecordedYet);
      const remaining = line.amountCents - (await this.paidOn(em, line.id));
      if (dto.amountCents > remaining) {
        throw ValidationFailed.field(
          'amountCents',
          remaining === 0
            ? SplitError.ShareAlreadyPaidFull
            : msg(SplitError.MoreThanWhatRemainsPay, { remaining: (l) => formatEuros(remaining, l) }),
        );
      }
      const payment = await writePayment(em, split, line, { ...dto, note: dto.note ?? null, actorId: ctx.user.id });
      await this.audit.record(em, ctx, { action: 'pay', entityType: 'Split', entityId: splitId, after: payment });
      await this.notifications.notify(em, ctx, {
        kind: 'payment_recorded',
        to: { copilOf: line.organisationId },
        params: { subject: split.title, amountCents: dto.amountCents },
        link: `/splits/${splitId}`,
      });
      if (await settleIfPaid(em, split, { actorId: ctx.user.id })) {
        await this.audit.record(em, ctx, { action: 'settle', entityType: 'Split', entityId: splitId });
      }
      return this.splits.get(ctx, splitId, em);
    });
  }

  /** Cancels a payment by a reversal entry (the payment itself stays, as it was); a settled split is open again. */
  async reverse(
    ctx: SignedInContext,
    splitId: string,
    paymentId: string,
    dto: ReversePaymentDto,
  ): Promise<SplitDetailResponse> {
    return this.db.transaction(async (em) => {
      const split = await this.splits.findAllowed(ctx, splitId, 'pay', em);
      const payment = await em.findOne(SplitPayment, {
        where: { id: paymentId, splitId },
        relations: { organisation: true },
      });
      if (!payment) throw new NotFound(SplitError.PaymentNotFound);
      if (payment.reversesId) throw new Conflict(SplitError.ReversalCannotReversedRecordNew);
      if (await em.exists(SplitPayment, { where: { reversesId: paymentId } }))
        throw new Conflict(SplitError.PaymentAlreadyReversed);
      const reversedOn = dto.reversedOn ?? todayInParis();
      if (reversedOn > todayInParis()) throw ValidationFailed.field('reversedOn', SplitError.DateFuture);
      const reversal = await em.save(
        em.create(SplitPayment, {
          splitId,
          lineId: payment.lineId,
          organisationId: payment.organisationId,
          amountCents: -payment.amountCents,
          paidOn: reversedOn,
          reference: payment.reference,
          note: dto.reason,
          reversesId: payment.id,
          recordedById: ctx.user.id,
        }),
      );
      await appendLedger(em, [
        {
          kind: 'reversed',
          splitId,
          splitTitle: split.title,
          actorId: ctx.user.id,
          organisationId: payment.organisationId,
          organisationName: payment.organisation.name,
          amountCents: reversal.amountCents,
          paymentId: reversal.id,
          reference: payment.reference,
          reason: dto.reason,
        },
      ]);
      await this.audit.record(em, ctx, {
        action: 'reverse_payment',
        entityType: 'Split',
        entityId: splitId,
        after: reversal,
      });
      if (split.status === 'settled') {
        await em.update(Split, splitId, { status: 'approved', settledAt: null });
        await appendLedger(em, [{ kind: 'reopened', splitId, splitTitle: split.title, actorId: ctx.user.id }]);
      }
      return this.splits.get(ctx, splitId, em);
    });
  }

  /** The payments and reversals the reader may read (a COPIL member: their organisations'), oldest first. */
  export(ctx: RequestContext, q: SplitPaymentExportQuery): ExportFile {
    const qb = this.db
      .getRepository(SplitPayment)
      .createQueryBuilder('p')
      .innerJoin('p.split', 's')
      .innerJoin('p.organisation', 'o')
      .leftJoin('accounts', 'a', 'a.id = p.recorded_by_id')
      .leftJoin('people', 'pe', 'pe.id = a.person_id')
      .select('p.id', 'id')
      .addSelect('s.title', 'splitTitle')
      .addSelect('o.name', 'organisationName')
      .addSelect('p.amount_cents', 'amountCents')
      .addSelect(`to_char(p.paid_on, 'YYYY-MM-DD')`, 'paidOn')
      .addSelect('p.reference', 'reference')
      .addSelect('p.note', 'note')
      .addSelect('p.reverses_id', 'reversesId')
      .addSelect(`pe.first_name || ' ' || pe.last_name`, 'recordedByName')
      .addSelect('p.created_at', 'createdAt');
    whereAllowed(qb, ctx.ability, 'read', 'SplitPayment');
    if (q.splitId) qb.andWhere('p.split_id = :splitId', { splitId: q.splitId });
    if (q.organisationId) qb.andWhere('p.organisation_id = :org', { org: q.organisationId });
    qb.orderBy('p.paid_on', 'ASC').addOrderBy('p.created_at', 'ASC').addOrderBy('p.id', 'ASC');
    return writeExport(
      SPLIT_PAYMENTS_EXPORT,
      inBatches((offset, limit) => qb.clone().offset(offset).limit(limit).getRawMany<SplitPaymentRow>()),
      ctx.locale,
      q.format,
    );
  }

  async ledger(ctx: RequestContext, q: LedgerQuery): Promise<Page<SplitLedgerEntryResponse>> {
    const qb = this.db
      .getRepository(SplitLedgerEntry)
      .createQueryBuilder('e')
      .innerJoin('e.split', 's')
      .leftJoin('e.organisation', 'o')
      .leftJoin('accounts', 'a', 'a.id = e.actor_id')
      .leftJoin('people', 'pe', 'pe.id = a.person_id')
      .addSelect('s.title', 'split_title')
      .addSelect('o.name', 'organisation_name')
      .addSelect(`pe.first_name || ' ' || pe.last_name`, 'actor_name');
    whereAllowed(qb, ctx.ability, 'read', 'SplitLedgerEntry');
    if (q.splitId) qb.andWhere('e.split_id = :splitId', { splitId: q.splitId });
    if (q.organisationId) qb.andWhere('e.organisation_id = :org', { org: q.organisationId });
    qb.orderBy('e.id', q.order === 'asc' ? 'ASC' : 'DESC');
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .getRawAndEntities<{ split_title: string; organisation_name: string | null; actor_name: string | null }>();
    const items = entities.map((e, i): SplitLedgerEntryResponse => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      splitId: e.splitId,
      splitTitle: raw[i].split_title,
      organisationId: e.organisationId,
      organisationName: raw[i].organisation_name ?? null,
      amountCents: e.amountCents,
      paymentId: e.paymentId,
      actorName: raw[i].actor_name ?? null,
      summary: e.summary,
    }));
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  private async paidOn(em: EntityManager, lineId: string): Promise<number> {
    const { cents } = await one(
      em,
      sql`SELECT coalesce(sum(amount_cents), 0)::bigint AS cents FROM split_payments WHERE line_id = ${lineId}`,
      { cents: col.cents },
    );
    return cents;
  }
}
