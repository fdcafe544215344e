import type { EntityManager } from 'typeorm';
import type { ComputedLine, Computation } from './split-calculator.service';
import { appendLedger } from './split-ledger';
import { SplitLine } from './split-line.entity';
import { SplitPayment } from './split-payment.entity';
import { Split } from './split.entity';
import { one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

/**
 * The writes behind approving and paying, shared by the services (after their checks) and the demo data, so
 * both leave the same rows and ledger entries. They run inside the caller's transaction.
 */

/** Stores every line as computed, freezes the split and writes each organisation's allotment in the ledger. */
export async function freezeSplit(
  em: EntityManager,
  split: Split,
  c: Computation,
  by: { actorId: string; at: Date; copilDecisionId: string | null },
): Promise<void> {
  await em.insert(
    SplitLine,
    c.lines.map((l, position) => ({
      splitId: split.id,
      organisationId: l.organisationId,
      position,
      amountCents: l.amountCents,
      shareBp: l.shareBp,
      fixedAmountCents: l.fixedAmountCents,
      floorCents: l.floorCents,
      capCents: l.capCents,
      contributions: l.contributions,
      contributionCents: l.contributionCents,
      weightedContributionCents: l.weightedContributionCents,
      baseCents: l.baseCents,
      ratio: l.ratio,
      exactShareCents: l.exactShareCents,
      roundingCents: l.roundingCents,
      bound: l.bound,
    })),
  );
  // Everything set aside leaves nothing to pay: settled at once.
  const nothingToPay = c.lines.every((l) => l.amountCents === 0);
  Object.assign(split, {
    status: nothingToPay ? 'settled' : 'approved',
    settledAt: nothingToPay ? by.at : null,
    approvedById: by.actorId,
    approvedAt: by.at,
    copilDecisionId: by.copilDecisionId,
    rounds: c.rounds,
    fingerprint: c.fingerprint,
  });
  await em.save(split);
  await appendLedger(
    em,
    c.lines.map((l: ComputedLine) => ({
      kind: 'allocated' as const,
      at: by.at,
      splitId: split.id,
      splitTitle: split.title,
      actorId: by.actorId,
      organisationId: l.organisationId,
      organisationName: l.organisationName,
      amountCents: l.amountCents,
    })),
  );
}

/** A payment on a line (the caller has checked it is no more than what remains) and its ledger entry. */
export async function writePayment(
  em: EntityManager,
  split: Split,
  line: SplitLine & { organisation: { name: string } },
  p: { amountCents: number; paidOn: string; reference: string; note: string | null; actorId: string; at?: Date },
): Promise<SplitPayment> {
  const payment = await em.save(
    em.create(SplitPayment, {
      splitId: split.id,
      lineId: line.id,
      organisationId: line.organisationId,
      amountCents: p.amountCents,
      paidOn: p.paidOn,
      reference: p.reference,
      note: p.note,
      recordedById: p.actorId,
      ...(p.at ? { createdAt: p.at } : {}),
    }),
  );
  await appendLedger(em, [
    {
      kind: 'paid',
      at: p.at,
      splitId: split.id,
      splitTitle: split.title,
      actorId: p.actorId,
      organisationId: line.organisationId,
      organisationName: line.organisation.name,
      amountCents: p.amountCents,
      paymentId: payment.id,
      paidOn: p.paidOn,
      reference: p.reference,
    },
  ]);
  return payment;
}

/** A split is settled once every line is paid in full; returns whether this call settled it. */
export async function settleIfPaid(
  em: EntityManager,
  split: Split,
  by: { actorId: string; at?: Date },
): Promise<boolean> {
  const { open } = await one(
    em,
    sql`SELECT count(*)::int AS open FROM split_lines l
     WHERE l.split_id = ${split.id} AND l.amount_cents > (SELECT coalesce(sum(p.amount_cents), 0) FROM split_payments p WHERE p.line_id = l.id)`,
    { open: col.int },
  );
  if (open > 0 || split.status === 'settled') return false;
  Object.assign(split, { status: 'settled', settledAt: by.at ?? new Date() });
  await em.update(Split, split.id, { status: split.status, settledAt: split.settledAt });
  await appendLedger(em, [
    { kind: 'settled', at: by.at, splitId: split.id, splitTitle: split.title, actorId: by.actorId },
  ]);
  return true;
}
