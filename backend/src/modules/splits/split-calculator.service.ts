import { formatEuros, type Locale } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationFailed, type FieldErrors, type Text } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import {
  computeSplit,
  explainLine,
  PROPORTIONAL_RULES,
  type SplitInput,
  type SplitLine,
  type SplitResult,
  type SplitRule,
} from './engine';
import type { AvailableGrantResponse, SplitSourceResponse } from './dto/split.response';
import { ContributionTotalsProvider, GrantFundsProvider, type GrantFunds } from './ports';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { SplitError } from './splits.errors';
import { msg } from '../../common/error-catalogue';

/** What a split's result depends on: the body of simulate, and what a draft stores. */
export interface SplitParameters {
  rule: SplitRule;
  totalCents: number;
  baseCents?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  typeWeights?: { type: string; weightBp: number }[] | null;
  setAsides?: { label: string; amountCents: number }[];
  participants: {
    organisationId: string;
    shareBp?: number | null;
    amountCents?: number | null;
    floorCents?: number | null;
    capCents?: number | null;
  }[];
  sources?: { grantId: string; amountCents: number }[];
}

export interface ComputedLine extends SplitLine {
  organisationName: string;
  explanation: string;
}

export interface Computation extends Omit<SplitResult, 'lines'> {
  lines: ComputedLine[];
  sources: SplitSourceResponse[];
  /** SHA-256 of everything the result was computed from; approval can insist it has not moved. */
  fingerprint: string;
}

/** JSON with sorted keys, so equal inputs hash equally whatever order their objects were built in. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

/**
 * Turns a split's parameters into a result: checks the organisations and grants, fetches the contribution
 * totals the rule needs (summed in SQL), runs the engine and words each line in the caller's language.
 */
@Injectable()
export class SplitCalculator {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contributions: ContributionTotalsProvider,
    private readonly grants: GrantFundsProvider,
  ) {}

  /** `splitId`: the split being computed, whose own share of a grant is not counted as already taken. */
  async compute(
    p: SplitParameters,
    locale: Locale,
    em: EntityManager = this.db.manager,
    splitId: string | null = null,
  ): Promise<Computation> {
    const fields: FieldErrors = {};
    const add = (path: string, text: Text) => (fields[path] ??= []).push(text);

    const ids = p.participants.map((x) => x.organisationId);
    const found = ids.length
      ? await many(
          em,
          sql`SELECT id, name, archived_at IS NOT NULL AS archived FROM organisations WHERE id = ANY(${ids}::uuid[])`,
          {
            id: col.uuid,
            name: col.text,
            archived: col.bool,
          },
        )
      : [];
    const orgs = new Map(found.map((o) => [o.id, o]));
    p.participants.forEach((x, i) => {
      const org = orgs.get(x.organisationId);
      if (!org) add(`participants.${i}.organisationId`, SplitError.UnknownOrganisation);
      else if (org.archived) add(`participants.${i}.organisationId`, SplitError.ArchivedOrganisation);
    });
    if (p.periodFrom && p.periodTo && p.periodTo < p.periodFrom) {
      add('periodTo', SplitError.PeriodEndsBeforeStarts);
    }
    const types = p.typeWeights?.map((w) => w.type) ?? null;
    if (types && new Set(types).size !== types.length) add('typeWeights', SplitError.ContributionTypeListedTwice);
    const sources = await this.checkSources(p, em, splitId, add);
    if (Object.keys(fields).length) throw new ValidationFailed(fields);

    const byOrg = new Map<string, Record<string, number>>();
    if (PROPORTIONAL_RULES.includes(p.rule) && ids.length) {
      const totals = await this.contributions.totalsByOrganisationAndType(
        { organisationIds: ids, from: p.periodFrom, to: p.periodTo, types },
        em,
      );
      for (const t of totals) byOrg.set(t.organisationId, { ...byOrg.get(t.organisationId), [t.type]: t.valueCents });
    }
    // Only what the rule uses, so a simulation and the stored draft it was saved as hash the same.
    const proportional = PROPORTIONAL_RULES.includes(p.rule);
    const input: SplitInput = {
      totalCents: p.totalCents,
      rule: p.rule,
      baseCents: p.rule === 'base_plus_proportional' ? (p.baseCents ?? null) : null,
      typeWeights:
        proportional && p.typeWeights ? Object.fromEntries(p.typeWeights.map((w) => [w.type, w.weightBp])) : null,
      setAsides: (p.setAsides ?? []).map((s) => ({ label: s.label, amountCents: s.amountCents })),
      participants: p.participants.map((x) => ({
        organisationId: x.organisationId,
        shareBp: p.rule === 'fixed_percent' ? (x.shareBp ?? null) : null,
        amountCents: p.rule === 'fixed_amount' ? (x.amountCents ?? null) : null,
        contributions: proportional ? (byOrg.get(x.organisationId) ?? {}) : {},
        floorCents: x.floorCents ?? null,
        capCents: x.capCents ?? null,
      })),
    };
    const result = computeSplit(input);
    const clamped = result.rounds.length > 0;
    return {
      ...result,
      sources,
      lines: result.lines.map((l) => ({
        ...l,
        organisationName: orgs.get(l.organisationId)!.name,
        explanation: explainLine(l, { rule: result.rule, clamped }, locale),
      })),
      fingerprint: createHash('sha256')
        .update(JSON.stringify(canonical(input)))
        .digest('hex'),
    };
  }

  /** Stored sources with their grants' names, as they are now. */
  async describeSources(
    sources: { grantId: string; amountCents: number }[],
    em: EntityManager = this.db.manager,
  ): Promise<SplitSourceResponse[]> {
    if (sources.length === 0) return [];
    const grants = new Map(
      (
        await this.grants.grants(
          sources.map((s) => s.grantId),
          em,
        )
      ).map((g) => [g.id, g]),
    );
    return sources.map((s) => ({
      grantId: s.grantId,
      grantTitle: grants.get(s.grantId)?.title ?? null,
      funderName: grants.get(s.grantId)?.funderName ?? null,
      amountCents: s.amountCents,
    }));
  }

  /** The granted grants with what approved splits have already taken from each. */
  async availableGrants(ctx: RequestContext): Promise<AvailableGrantResponse[]> {
    const grants = await this.grants.grantedGrants(ctx);
    const taken = await this.takenFrom(
      this.db.manager,
      grants.map((g) => g.id),
      null,
    );
    return grants.map((g) => {
      const grantedCents = g.amountGrantedCents ?? 0;
      const splitCents = taken.get(g.id) ?? 0;
      return {
        grantId: g.id,
        grantTitle: g.title,
        funderName: g.funderName,
        grantedCents,
        splitCents,
        amountCents: Math.max(grantedCents - splitCents, 0),
      };
    });
  }

  private async takenFrom(
    em: EntityManager,
    grantIds: string[],
    exceptSplitId: string | null,
  ): Promise<Map<string, number>> {
    if (grantIds.length === 0) return new Map();
    const rows = await many(
      em,
      sql`SELECT ss.grant_id AS "grantId", sum(ss.amount_cents)::bigint AS cents FROM split_sources ss JOIN splits s ON s.id = ss.split_id
       WHERE ss.grant_id = ANY(${grantIds}::uuid[]) AND s.status <> 'draft' AND s.id IS DISTINCT FROM ${exceptSplitId}::uuid
       GROUP BY ss.grant_id`,
      { grantId: col.uuid, cents: col.cents },
    );
    return new Map(rows.map((r) => [r.grantId, r.cents]));
  }

  /**
   * The grants exist, have been granted, and still have the money asked of them once the other approved
   * splits have taken their part; together they make the total.
   */
  private async checkSources(
    p: SplitParameters,
    em: EntityManager,
    splitId: string | null,
    add: (path: string, t: Text) => void,
  ): Promise<SplitSourceResponse[]> {
    const sources = p.sources ?? [];
    if (sources.length === 0) return [];
    const ids = sources.map((s) => s.grantId);
    const grants = new Map<string, GrantFunds>((await this.grants.grants(ids, em)).map((g) => [g.id, g]));
    const taken = await this.takenFrom(em, ids, splitId);
    const seen = new Set<string>();
    sources.forEach((s, i) => {
      const g = grants.get(s.grantId);
      if (seen.has(s.grantId)) add(`sources.${i}.grantId`, SplitError.GrantListedTwice);
      seen.add(s.grantId);
      if (!g) return add(`sources.${i}.grantId`, SplitError.UnknownGrant);
      if (!g.granted || g.amountGrantedCents === null)
        return add(`sources.${i}.grantId`, SplitError.GrantHasNotBeenAwarded);
      const left = g.amountGrantedCents - (taken.get(s.grantId) ?? 0);
      if (s.amountCents > left) {
        add(
          `sources.${i}.amountCents`,
          msg(SplitError.OnlyGrantLeftSplit, { max: (l) => formatEuros(Math.max(left, 0), l) }),
        );
      }
    });
    const sum = sources.reduce((a, s) => a + s.amountCents, 0);
    if (sum !== p.totalCents) {
      add(
        'sources',
        msg(SplitError.GrantsBringAmount, {
          sum: (l) => formatEuros(sum, l),
          total: (l) => formatEuros(p.totalCents, l),
        }),
      );
    }
    return sources.map((s) => {
      const g = grants.get(s.grantId);
      return {
        grantId: s.grantId,
        grantTitle: g?.title ?? null,
        funderName: g?.funderName ?? null,
        amountCents: s.amountCents,
      };
    });
  }
}
