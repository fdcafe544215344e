import { formatEuros } from '@maillage/emails/money';
import type { EntityManager } from 'typeorm';
import { SplitLedgerEntry, type LedgerKind } from './split-ledger-entry.entity';

const day = (iso: string) => iso.split('-').reverse().join('/');
const eur = (cents: number) => formatEuros(cents, 'fr').replace(/[\u00a0\u202f]/g, ' ');

interface Entry {
  kind: LedgerKind;
  /** Now, unless the entry records something that happened earlier (demo data). */
  at?: Date;
  splitId: string;
  splitTitle: string;
  actorId: string | null;
  organisationId?: string;
  organisationName?: string;
  amountCents?: number;
  paymentId?: string;
  paidOn?: string;
  reference?: string;
  reason?: string;
}

/** The sentence an entry carries, in French (the network's language), so the journal reads without the app. */
function summary(e: Entry): string {
  const split = `« ${e.splitTitle} »`;
  switch (e.kind) {
    case 'allocated':
      return `Répartition ${split} approuvée : ${eur(e.amountCents!)} attribués à ${e.organisationName}`;
    case 'paid':
      return `Versement de ${eur(e.amountCents!)} à ${e.organisationName} le ${day(e.paidOn!)} (réf. ${e.reference}) pour ${split}`;
    case 'reversed':
      return `Annulation du versement de ${eur(-e.amountCents!)} à ${e.organisationName} (réf. ${e.reference}) pour ${split} : ${e.reason}`;
    case 'settled':
      return `Répartition ${split} soldée : tout est versé`;
    case 'reopened':
      return `Répartition ${split} de nouveau à payer après l’annulation d’un versement`;
  }
}

/** Appends entries inside the caller's transaction; entries are never changed afterwards. */
export async function appendLedger(em: EntityManager, entries: Entry[]): Promise<void> {
  if (entries.length === 0) return;
  await em.insert(
    SplitLedgerEntry,
    entries.map((e) => ({
      ...(e.at ? { at: e.at } : {}),
      kind: e.kind,
      splitId: e.splitId,
      organisationId: e.organisationId ?? null,
      amountCents: e.amountCents ?? null,
      paymentId: e.paymentId ?? null,
      actorId: e.actorId,
      summary: summary(e),
    })),
  );
}
