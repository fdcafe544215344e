import type { FunderKind } from './funding-types';
import { AGREEMENT_THRESHOLD_CENTS, PUBLIC_AUDIT_THRESHOLD_CENTS } from './funding-types';

/**
 * The two legal thresholds on public money, as the texts word them (pure, so the edges are unit-tested):
 * - a written agreement (convention) is compulsory when a public authority's subsidies to the association exceed
 *   23 000 € in a year (loi 2000-321 art. 10, décret 2001-495 art. 1): summed per funder and financial year, public
 *   authorities only (a foundation's money is not a subsidy in this sense);
 * - an association receiving more than 153 000 € of public subsidies in its financial year appoints a statutory
 *   auditor (commissaire aux comptes, code de commerce L612-4) and publishes its accounts (décret 2009-540): what was
 *   received that year counts, not what was granted.
 * The financial year is the calendar year (the network closes its accounts on 31 December).
 */
export interface SubsidyRow {
  grantId: string;
  grantTitle: string;
  funderId: string;
  funderName: string;
  funderKind: FunderKind;
  /** The year of the funder's decision. */
  year: number;
  amountCents: number;
  /** Whether the agreement is still to be signed (a granted grant without one). */
  agreementMissing: boolean;
}

export interface AgreementRequired {
  funderId: string;
  funderName: string;
  year: number;
  /** That funder's subsidies of the year, summed. */
  funderYearCents: number;
  grants: { grantId: string; grantTitle: string; amountCents: number; agreementMissing: boolean }[];
}

export const isPublicAuthority = (kind: FunderKind) => kind === 'public_body';

/** Each public funder and year whose subsidies exceed 23 000 €: every subsidy of it needs its agreement. */
export function agreementsRequired(rows: SubsidyRow[]): AgreementRequired[] {
  const byFunderYear = new Map<string, AgreementRequired>();
  for (const r of rows.filter((row) => isPublicAuthority(row.funderKind))) {
    const key = `${r.funderId}:${r.year}`;
    const entry = byFunderYear.get(key) ?? {
      funderId: r.funderId,
      funderName: r.funderName,
      year: r.year,
      funderYearCents: 0,
      grants: [],
    };
    entry.funderYearCents += r.amountCents;
    entry.grants.push({
      grantId: r.grantId,
      grantTitle: r.grantTitle,
      amountCents: r.amountCents,
      agreementMissing: r.agreementMissing,
    });
    byFunderYear.set(key, entry);
  }
  return [...byFunderYear.values()].filter((e) => e.funderYearCents > AGREEMENT_THRESHOLD_CENTS);
}

export interface ReceiptRow {
  grantId: string;
  funderKind: FunderKind;
  /** The year the money arrived. */
  year: number;
  receivedCents: number;
}

export interface AuditRequired {
  year: number;
  publicReceivedCents: number;
  grantIds: string[];
}

/** Each financial year whose public subsidies received exceed 153 000 €. */
export function auditsRequired(rows: ReceiptRow[]): AuditRequired[] {
  const byYear = new Map<number, AuditRequired>();
  for (const r of rows.filter((row) => isPublicAuthority(row.funderKind))) {
    const entry = byYear.get(r.year) ?? { year: r.year, publicReceivedCents: 0, grantIds: [] };
    entry.publicReceivedCents += r.receivedCents;
    if (!entry.grantIds.includes(r.grantId)) entry.grantIds.push(r.grantId);
    byYear.set(r.year, entry);
  }
  return [...byYear.values()]
    .filter((e) => e.publicReceivedCents > PUBLIC_AUDIT_THRESHOLD_CENTS)
    .sort((a, b) => b.year - a.year);
}
