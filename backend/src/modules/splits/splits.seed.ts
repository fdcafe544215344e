import type { EntityManager } from 'typeorm';
import type { SeedIds, SeedStep } from '../../database/seed/seed';
import { ContributionTotalsService } from '../contributions/contribution-totals.service';
import { ContributionTotalsAdapter } from './contribution-totals.adapter';
import type { GrantFundsProvider } from './ports';
import { SplitCalculator, type SplitParameters } from './split-calculator.service';
import { SplitLine } from './split-line.entity';
import { SplitParticipant } from './split-participant.entity';
import { SplitSource } from './split-source.entity';
import { Split } from './split.entity';
import { freezeSplit, settleIfPaid, writePayment } from './split-writes';
import { exec, many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

interface DemoSplit {
  title: string;
  notes: string;
  parameters: Omit<SplitParameters, 'participants' | 'sources'> & {
    participants: (Omit<SplitParameters['participants'][number], 'organisationId'> & { org: string })[];
  };
  /** The grant (funding seed key) the whole amount comes from. */
  grant: string;
  /**
   * Approved on this day by the coordinator, or left as a draft; citing the COPIL decision (governance seed key) that
   * adopted it.
   */
  approvedOn?: string;
  decision?: string;
  /** The strategy action (governance seed key) the split carries money to. */
  action?: string;
  /** Payments: organisation key, day, reference, and the amount (the whole share when absent). */
  payments?: { org: string; on: string; reference: string; amountCents?: number }[];
}

const CONTRIBUTORS = [
  'colibris',
  'data-players',
  'poles-noe',
  'ctc',
  'territoires-en-liens',
  'compagnie-tiers-lieux',
  'democratie-ouverte',
];

/**
 * From the network's documents and grants: part of the OSCARTES grant for the organisations that ran the source
 * workshops (settled), the 2025 share of the FPH grant for the organisations that carry the project (approved, partly
 * paid), and a simulation of the new Essonne grant over 2026's contributions (draft).
 */
const SPLITS: DemoSplit[] = [
  {
    title: 'OSCARTES — ateliers des sources 2022',
    notes:
      'Part de la subvention OSCARTES pour les organisations qui ont animé les ateliers de cartographie des sources, selon la clé votée en COPIL.',
    grant: 'cps-2021',
    parameters: {
      rule: 'fixed_percent',
      totalCents: 300_000,
      participants: [
        { org: 'territoires-en-liens', shareBp: 4000 },
        { org: 'compagnie-tiers-lieux', shareBp: 3500 },
        { org: 'les-assembleurs', shareBp: 2500 },
      ],
    },
    approvedOn: '2022-03-15',
    payments: [
      { org: 'territoires-en-liens', on: '2022-04-04', reference: 'VIR-2022-0404-01' },
      { org: 'compagnie-tiers-lieux', on: '2022-04-04', reference: 'VIR-2022-0404-02' },
      { org: 'les-assembleurs', on: '2022-04-19', reference: 'VIR-2022-0419-01' },
    ],
  },
  {
    title: 'FPH 2024-2026 — part 2025 des organisations contributrices',
    grant: 'fph-2024',
    notes:
      'Réciprocité envers les organisations qui portent le projet, selon la décision du COPIL : 40 % en parts égales, 60 % au prorata des contributions validées en 2025. Les frais de portage du PôleS NOE sont mis de côté d’abord.',
    parameters: {
      // 40 % of the 18 400 € left, in seven equal bases.
      rule: 'base_plus_proportional',
      totalCents: 2_000_000,
      baseCents: 105_142,
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      setAsides: [{ label: 'Frais de gestion du PôleS NOE (portage financier, 8 %)', amountCents: 160_000 }],
      participants: CONTRIBUTORS.map((org) => ({ org })),
    },
    approvedOn: '2026-01-22',
    decision: 'repartition',
    action: '1.3',
    payments: [
      { org: 'colibris', on: '2026-02-10', reference: 'VIR-2026-0210-01' },
      { org: 'territoires-en-liens', on: '2026-02-10', reference: 'VIR-2026-0210-02' },
      { org: 'democratie-ouverte', on: '2026-02-10', reference: 'VIR-2026-0210-03' },
      { org: 'data-players', on: '2026-03-05', reference: 'VIR-2026-0305-01', amountCents: 100_000 },
    ],
  },
  {
    title: 'Essonne 2026-2027 — animation de la communauté des sources',
    notes: 'À discuter au COPIL de décembre : hébergement compté à moitié, rencontres et gestion à leur valeur.',
    grant: 'essonne-2026',
    parameters: {
      rule: 'proportional',
      totalCents: 600_000,
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      typeWeights: [
        { type: 'working_time', weightBp: 10_000 },
        { type: 'room', weightBp: 10_000 },
        { type: 'financial_management', weightBp: 10_000 },
        { type: 'hosting_tools', weightBp: 5_000 },
      ],
      participants: CONTRIBUTORS.map((org) => ({ org, floorCents: 30_000 })),
    },
  },
];

/** Grants read straight from their table: the seed runs before any request, without the funding module's services. */
const seededGrants = (em: EntityManager): GrantFundsProvider => ({
  grants: (ids) =>
    many(
      em,
      sql`SELECT g.id, g.title, f.name AS "funderName", g.status IN ('granted', 'closed') AS granted, g.amount_granted_cents AS "amountGrantedCents"
          FROM grants g JOIN funders f ON f.id = g.funder_id WHERE g.id = ANY(${ids}::uuid[])`,
      {
        id: col.uuid,
        title: col.text,
        funderName: col.text,
        granted: col.bool,
        amountGrantedCents: col.cents.nullable,
      },
    ),
  grantedGrants: () => Promise.resolve([]),
});

async function seedSplit(em: EntityManager, ids: SeedIds, calculator: SplitCalculator, demo: DemoSplit): Promise<void> {
  const coordinator = ids.get('account:claire-montagne')!;
  const parameters: SplitParameters = {
    ...demo.parameters,
    participants: demo.parameters.participants.map(({ org, ...p }) => ({ ...p, organisationId: ids.get(org)! })),
    sources: [{ grantId: ids.get(`grant:${demo.grant}`)!, amountCents: demo.parameters.totalCents }],
  };
  const computation = await calculator.compute(parameters, 'fr', em);
  const created = new Date(`${demo.approvedOn ?? '2026-11-15'}T09:00:00+01:00`);
  const split = await em.save(
    em.create(Split, {
      title: demo.title,
      notes: demo.notes,
      rule: parameters.rule,
      totalCents: parameters.totalCents,
      baseCents: parameters.baseCents ?? null,
      periodFrom: parameters.periodFrom ?? null,
      periodTo: parameters.periodTo ?? null,
      typeWeights: parameters.typeWeights
        ? Object.fromEntries(parameters.typeWeights.map((w) => [w.type, w.weightBp]))
        : null,
      setAsides: parameters.setAsides ?? [],
      status: 'draft',
      createdById: coordinator,
      createdAt: created,
      updatedAt: created,
    }),
  );
  await em.insert(
    SplitSource,
    parameters.sources!.map((src) => ({ splitId: split.id, ...src })),
  );
  await em.insert(
    SplitParticipant,
    parameters.participants.map((p, position) => ({
      splitId: split.id,
      organisationId: p.organisationId,
      position,
      shareBp: p.shareBp ?? null,
      amountCents: p.amountCents ?? null,
      floorCents: p.floorCents ?? null,
      capCents: p.capCents ?? null,
    })),
  );
  if (demo.action)
    await exec(
      em,
      sql`INSERT INTO strategy_action_splits (strategy_action_id, split_id, position)
          VALUES (${ids.get(`strategy:${demo.action}`)!}, ${split.id}, 0)`,
    );
  if (!demo.approvedOn) return;
  const copilDecisionId = demo.decision ? ids.get(`decision:${demo.decision}`)! : null;
  await freezeSplit(em, split, computation, {
    actorId: coordinator,
    at: new Date(`${demo.approvedOn}T18:30:00+01:00`),
    copilDecisionId,
  });
  for (const p of demo.payments ?? []) {
    const line = await em.findOneOrFail(SplitLine, {
      where: { splitId: split.id, organisationId: ids.get(p.org)! },
      relations: { organisation: true },
    });
    const at = new Date(`${p.on}T10:00:00+01:00`);
    await writePayment(em, split, line, {
      amountCents: p.amountCents ?? line.amountCents,
      paidOn: p.on,
      reference: p.reference,
      note: null,
      actorId: coordinator,
      at,
    });
    await settleIfPaid(em, split, { actorId: coordinator, at });
  }
}

export const seedSplits: SeedStep = {
  name: 'fund splits (2 approved, 1 draft)',
  async run(em, ids) {
    const calculator = new SplitCalculator(
      em.connection,
      new ContributionTotalsAdapter(new ContributionTotalsService(em.connection)),
      seededGrants(em),
    );
    for (const demo of SPLITS) await seedSplit(em, ids, calculator, demo);
    return SPLITS.length;
  },
};
