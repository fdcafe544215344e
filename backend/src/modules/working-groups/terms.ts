import type { MemberRole } from './group-member.entity';
import type { PipelineStage } from './group-volunteer.entity';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

/** The calendar day in Paris, `YYYY-MM-DD`: terms start and end on French calendar days, whatever the server's zone. */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: DISPLAY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The calendar day before `day` (`YYYY-MM-DD`). */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The same test in SQL, for queries over terms (alias `t`-style: pass the table alias). */
export const currentTermSql = (alias: string) =>
  `${alias}.started_on <= (now() AT TIME ZONE '${DISPLAY_TIME_ZONE}')::date AND (${alias}.ended_on IS NULL OR ${alias}.ended_on >= (now() AT TIME ZONE '${DISPLAY_TIME_ZONE}')::date)`;

export interface Term {
  startedOn: string;
  endedOn: string | null;
}

/** A term is current on `day` when it has started and not ended (its end day is its last day). */
export function isCurrent(term: Term, day: string): boolean {
  return term.startedOn <= day && (term.endedOn === null || term.endedOn >= day);
}

/** Two terms overlap when they share at least one day; an open end runs forever. */
export function overlaps(a: Term, b: Term): boolean {
  return (a.endedOn === null || a.endedOn >= b.startedOn) && (b.endedOn === null || b.endedOn >= a.startedOn);
}

/** The most referents a group has at once: the plan's "binôme". */
export const MAX_REFERENTS = 2;

/**
 * The most terms of `role` held at the same time, among `terms`, within the span of `candidate`: an interval sweep,
 * since two referents who never overlap with each other may both overlap the candidate.
 */
export function maxConcurrent(terms: Term[], candidate: Term): number {
  const within = terms.filter((t) => overlaps(t, candidate));
  const days = [candidate.startedOn, ...within.map((t) => t.startedOn)].filter((d) => d >= candidate.startedOn);
  return days.reduce((max, day) => Math.max(max, within.filter((t) => isCurrent(t, day)).length), 0);
}

export const ROLE_GAPS = ['no_referent', 'one_referent', 'no_facilitator', 'no_welcomer'] as const;
export type RoleGap = (typeof ROLE_GAPS)[number];

/** What the plan asks each group to have and it lacks now, from the count of current terms per role. */
export function roleGaps(current: Partial<Record<MemberRole, number>>): RoleGap[] {
  const gaps: RoleGap[] = [];
  const referents = current.referent ?? 0;
  if (referents === 0) gaps.push('no_referent');
  else if (referents < MAX_REFERENTS) gaps.push('one_referent');
  if (!current.facilitator) gaps.push('no_facilitator');
  if (!current.welcomer) gaps.push('no_welcomer');
  return gaps;
}

/** When each stage was last entered, from the pipeline's steps (oldest first or not). */
export function stageDates(steps: { stage: PipelineStage; at: Date }[]): Partial<Record<PipelineStage, Date>> {
  const out: Partial<Record<PipelineStage, Date>> = {};
  for (const s of [...steps].sort((a, b) => a.at.getTime() - b.at.getTime())) out[s.stage] = s.at;
  return out;
}

/** A new volunteer waits too long once `days` full days have passed since they arrived in "new". */
export function isWelcomeOverdue(
  entry: { stage: PipelineStage; stageChangedAt: Date },
  days: number,
  now = new Date(),
): boolean {
  return entry.stage === 'new' && now.getTime() - entry.stageChangedAt.getTime() > days * 86_400_000;
}
