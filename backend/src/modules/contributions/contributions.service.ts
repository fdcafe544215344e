import { subject } from '@casl/ability';
import { centsFrom, rateOn, valueContribution } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, diff } from '../../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Conflict, DomainError, FieldErrors, Forbidden, NotFound, Text, ValidationFailed } from '../../common/errors';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type { Action, AppAbility } from '../../permissions/ability';
import { many, one, prepared, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import {
  contributionScope,
  filterFromQuery,
  LIST_ROW,
  LIST_SELECT,
  listPageSql,
  readPageRow,
} from './contribution-queries';
import { ContributionRate } from './contribution-rate.entity';
import { EDITABLE_STATUSES, UNIT_LABELS, UNITS_BY_TYPE } from './contribution-types';
import { Contribution } from './contribution.entity';
import type {
  ContributionDetailResponse,
  ContributionEvidenceResponse,
  ContributionPageResponse,
} from './dto/contribution.response';
import type {
  ContributionQuery,
  CorrectContributionDto,
  CreateContributionDto,
  ReviewContributionsDto,
  UpdateContributionDto,
} from './dto/contribution.dto';
import { ContributionError } from './contributions.errors';
import { msg } from '../../common/error-catalogue';

/** What a contribution may be linked to, by field: the subject whose read rule decides who may link to it. */
const LINKS = {
  workingGroupId: {
    subject: 'WorkingGroup',
    unknown: ContributionError.WorkingGroupNotFound,
    refused: ContributionError.MayNotLinkContributionWorking,
  },
  grantId: {
    subject: 'Grant',
    unknown: ContributionError.GrantNotFound,
    refused: ContributionError.MayNotLinkContributionGrant,
  },
} as const satisfies Record<string, { subject: 'WorkingGroup' | 'Grant'; unknown: Text; refused: Text }>;
export type LinkField = keyof typeof LINKS;
export const LINK_FIELDS = Object.keys(LINKS) as LinkField[];
export const unknownLink = (field: LinkField): Text => LINKS[field].unknown;
type Links = Pick<Contribution, LinkField>;
const NO_LINKS: Links = { workingGroupId: null, grantId: null };

/**
 * The links made or changed (against `before`) that the caller may not make: one may link a contribution only to a
 * group or grant one may read, the ones the form offers. A link left as it was is not judged again (a volunteer who
 * has since left the group can still fix the hours they logged for it).
 */
export function refusedLinks(ability: AppAbility, c: Links, before: Links = NO_LINKS): FieldErrors | null {
  const refused: FieldErrors = {};
  for (const field of LINK_FIELDS) {
    // A new entity holds undefined where nothing was given.
    const id = c[field] ?? null;
    if (id !== null && id !== (before[field] ?? null) && !ability.can('read', subject(LINKS[field].subject, { id })))
      refused[field] = [LINKS[field].refused];
  }
  return Object.keys(refused).length > 0 ? refused : null;
}

/** Whether a contribution credits no organisation or one its giver belongs to, for the people named (one query). */
export async function givesToOwnOrganisation(em: EntityManager, personIds: (string | null | undefined)[]) {
  const ids = [...new Set(personIds.filter((id): id is string => Boolean(id)))];
  const rows =
    ids.length === 0
      ? []
      : await many(
          em,
          sql`SELECT person_id AS "personId", organisation_id AS "organisationId" FROM memberships WHERE person_id = ANY(${ids}::uuid[])`,
          { personId: col.uuid, organisationId: col.uuid },
        );
  const belongs = new Set(rows.map((r) => `${r.personId}:${r.organisationId}`));
  return (c: Pick<Contribution, 'organisationId' | 'personId'>) =>
    c.organisationId == null || belongs.has(`${c.personId}:${c.organisationId}`);
}

/**
 * A contribution as it will be saved, tagged for the ability: every field its rules name, with null where nothing is
 * set (a new entity holds undefined there, which no `null` condition would match), and `creditedToGiver`. Writes are
 * checked on this.
 */
export const asWritten = (c: Contribution, creditedToGiver: boolean) =>
  subject('Contribution', {
    organisationId: c.organisationId ?? null,
    personId: c.personId ?? null,
    enteredById: c.enteredById,
    type: c.type,
    status: c.status,
    workingGroupId: c.workingGroupId ?? null,
    grantId: c.grantId ?? null,
    amountCents: c.amountCents ?? null,
    creditedToGiver,
  });
type Written = ReturnType<typeof asWritten>;

/** Values some roles may not set: what a refusal says of each, and the value that would not be refused. */
const RESTRICTED = {
  organisationId: {
    text: ContributionError.MayNotCreditOrganisation,
    unset: { organisationId: null, creditedToGiver: true },
  },
  amountCents: {
    text: ContributionError.TimeValuedRateTableMay,
    unset: { amountCents: null },
  },
} satisfies Record<string, { text: Text; unset: object }>;
type Restricted = keyof typeof RESTRICTED;

/**
 * Checks a write on the contribution as it will be saved. When what refuses it is the organisation credited or a
 * value of one's own (a volunteer's, a group lead's), the 403 names those fields, so the form shows them.
 */
export function checkWrite(ability: AppAbility, action: 'create' | 'update' | 'correct', written: Written): void {
  if (ability.can(action, written)) return;
  const set = (Object.keys(RESTRICTED) as Restricted[]).filter((f) => written[f] !== null);
  const without = (fields: Restricted[]) =>
    subject(
      'Contribution',
      fields.reduce<Written>((w, f) => ({ ...w, ...RESTRICTED[f].unset }), { ...written }),
    );
  if (!ability.can(action, without(set))) throw new Forbidden();
  // The fields that, alone of them left as given, still make it refused.
  const refused = set.filter((f) => !ability.can(action, without(set.filter((g) => g !== f))));
  if (refused.length === 0) throw new Forbidden();
  throw new DomainError(
    403,
    'forbidden',
    RESTRICTED[refused[0]].text,
    Object.fromEntries(refused.map((f) => [f, [RESTRICTED[f].text]])),
  );
}

export type ContributionFields = Partial<
  Pick<
    Contribution,
    | 'organisationId'
    | 'personId'
    | 'type'
    | 'unit'
    | 'startsOn'
    | 'description'
    | 'workingGroupId'
    | 'grantId'
    | 'evidenceUrl'
  >
> & { endsOn?: string | null; quantity?: number | string; amountCents?: number | string | null };

/** The rates of one type and unit, for valuation; a lookup cache when many rows are valued at once (an import). */
export type RateLookup = (type: string, unit: string) => Promise<ContributionRate[]>;

export const rateLookup = (em: EntityManager): RateLookup => {
  const cache = new Map<string, Promise<ContributionRate[]>>();
  return (type, unit) => {
    const key = `${type}:${unit}`;
    if (!cache.has(key))
      cache.set(key, em.find(ContributionRate, { where: { type: type as never, unit: unit as never } }));
    return cache.get(key)!;
  };
};

@Injectable()
export class ContributionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(ctx: RequestContext, q: ContributionQuery): Promise<ContributionPageResponse> {
    const scope = contributionScope(this.db.manager, filterFromQuery(q), ctx.ability);
    const rows = await prepared(this.db, listPageSql(scope, q.sort, q.order, q.page, q.pageSize), readPageRow);
    const items = rows.flatMap((r) => (r.item ? [r.item] : []));
    const { total, totalValueCents } = rows[0].totals;
    return { items, total, totalValueCents, page: q.page, pageSize: q.pageSize };
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.db.manager): Promise<ContributionDetailResponse> {
    await this.findAllowed(ctx, id, 'read', em);
    const [detail] = await this.details(ctx, [id], em);
    return detail;
  }

  /** Contributions as the caller sees them, in the order of `ids`, in one query; callers check they may read them. */
  private async details(ctx: RequestContext, ids: string[], em: EntityManager): Promise<ContributionDetailResponse[]> {
    // The group's and grant's names are shown to those who may read them; the others see only that a link exists.
    const rows = await many(
      em,
      sql`SELECT ${LIST_SELECT}, ${NAME_OF('c.entered_by_id')} AS "enteredByName", c.rate_id AS "rateId", r.label AS "rateLabel",
              wg.name AS "workingGroupName", gr.title AS "grantTitle", c.evidence_url AS "evidenceUrl",
              c.submitted_by_id AS "submittedById", ${NAME_OF('c.submitted_by_id')} AS "submittedByName",
              c.reviewed_by_id AS "reviewedById", ${NAME_OF('c.reviewed_by_id')} AS "reviewedByName",
              CASE WHEN e.contribution_id IS NULL THEN NULL ELSE
                json_build_object('fileName', e.file_name, 'contentType', e.content_type, 'size', e.size, 'uploadedAt', e.uploaded_at) END AS evidence
       FROM contributions c
       LEFT JOIN organisations o ON o.id = c.organisation_id
       LEFT JOIN people pe ON pe.id = c.person_id
       LEFT JOIN contribution_rates r ON r.id = c.rate_id
       LEFT JOIN contribution_evidence e ON e.contribution_id = c.id
       LEFT JOIN working_groups wg ON wg.id = c.working_group_id
       LEFT JOIN grants gr ON gr.id = c.grant_id
       WHERE c.id = ANY(${ids}::uuid[])`,
      { ...LIST_ROW, ...DETAIL_COLUMNS },
    );
    const byId = new Map<string, ContributionDetailResponse>(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const detail = byId.get(id)!;
      const hidden = refusedLinks(ctx.ability, detail) ?? {};
      if (hidden.workingGroupId) detail.workingGroupName = null;
      if (hidden.grantId) detail.grantTitle = null;
      return detail;
    });
  }

  /**
   * A batch as it reads after `changes`, made in SQL, are applied to `found`; the caller must still be allowed to read
   * each.
   */
  private async changedDetails(
    ctx: RequestContext,
    ids: string[],
    found: Map<string, Contribution>,
    changes: Partial<Contribution>,
    em: EntityManager,
  ) {
    for (const c of found.values()) if (!ctx.ability.can('read', Object.assign(c, changes))) throw new Forbidden();
    return this.details(ctx, ids, em);
  }

  /** Loads a contribution the caller may act on, or fails: 404 if it does not exist, 403 if not theirs. */
  async findAllowed(
    ctx: RequestContext,
    id: string,
    action: Action,
    em: EntityManager = this.db.manager,
  ): Promise<Contribution> {
    const found = await em.findOne(Contribution, {
      where: { id },
      lock: action === 'read' ? undefined : { mode: 'pessimistic_write' },
    });
    if (!found) throw new NotFound(ContributionError.NotFound);
    if (!ctx.ability.can(action, action === 'read' ? found : (await this.written(em, [found]))[0]))
      throw new Forbidden();
    return found;
  }

  /** Contributions as the ability's write rules judge them (read rules need only the entity). */
  async written(em: EntityManager, found: Contribution[]): Promise<Written[]> {
    const credits = await givesToOwnOrganisation(
      em,
      found.map((c) => c.personId),
    );
    return found.map((c) => asWritten(c, credits(c)));
  }

  /** In its own transaction, or in the caller's (`em`) when another module records a contribution with its change. */
  async create(
    ctx: SignedInContext,
    dto: CreateContributionDto,
    outer?: EntityManager,
  ): Promise<ContributionDetailResponse> {
    const run = async (em: EntityManager) => {
      const c = em.create(Contribution, { enteredById: ctx.user.id, status: 'draft' });
      const assigned = await this.assign(c, dto, rateLookup(em));
      // On what it names: organisation, person, group, type, and a value of one's own (`amountCents`).
      checkWrite(ctx.ability, 'create', (await this.written(em, [c]))[0]);
      const problems = await this.checkLinks(em, ctx, c, NO_LINKS, assigned);
      if (problems) throw new ValidationFailed(problems);
      const saved = await em.save(c);
      await this.audit.record(em, ctx, {
        action: 'create',
        entityType: 'Contribution',
        entityId: saved.id,
        after: saved,
      });
      return this.get(ctx, saved.id, em);
    };
    return outer ? run(outer) : this.db.transaction(run);
  }

  /** Drafts and rejected contributions only; a rejected one goes back to draft once changed. */
  async update(ctx: SignedInContext, id: string, dto: UpdateContributionDto): Promise<ContributionDetailResponse> {
    return this.db.transaction(async (em) => {
      const c = await this.findAllowed(ctx, id, 'update', em);
      if (!EDITABLE_STATUSES.includes(c.status)) throw new Conflict(ContributionError.Locked);
      const before = { ...c };
      const assigned = await this.assign(c, dto, rateLookup(em));
      // Checked again on the new values: a copil cannot move a contribution to another organisation.
      checkWrite(ctx.ability, 'update', (await this.written(em, [c]))[0]);
      const problems = await this.checkLinks(em, ctx, c, before, assigned);
      if (problems) throw new ValidationFailed(problems);
      Object.assign(c, { status: 'draft', reviewedAt: null, reviewedById: null, rejectionReason: null });
      const saved = await em.save(c);
      await this.audit.recordUpdate(em, ctx, 'Contribution', id, before, saved);
      return this.get(ctx, id, em);
    });
  }

  /** The coordinator's correction of a validated contribution: it stays validated, and the audit says why. */
  async correct(ctx: SignedInContext, id: string, dto: CorrectContributionDto): Promise<ContributionDetailResponse> {
    return this.db.transaction(async (em) => {
      const c = await this.findAllowed(ctx, id, 'correct', em);
      if (c.status !== 'validated') {
        throw new Conflict(ContributionError.OnlyValidatedContributionCorrectedEdit);
      }
      const before = { ...c };
      const { reason, ...fields } = dto;
      // The contribution keeps the rate it was validated with unless what it is (type, unit) changes.
      const keepRate =
        (!fields.type || fields.type === c.type) && (!fields.unit || fields.unit === c.unit) && c.rateCents !== null;
      const assigned = await this.assign(
        c,
        fields,
        rateLookup(em),
        keepRate ? { id: c.rateId!, rateCents: c.rateCents! } : undefined,
      );
      checkWrite(ctx.ability, 'correct', (await this.written(em, [c]))[0]);
      const problems = await this.checkLinks(em, ctx, c, before, assigned);
      if (problems) throw new ValidationFailed(problems);
      const saved = await em.save(c);
      const d = diff(before, saved);
      if (Object.keys(d.after).length > 0) {
        await this.audit.record(em, ctx, {
          action: 'correct',
          entityType: 'Contribution',
          entityId: id,
          before: d.before,
          after: { ...d.after, reason },
        });
      }
      return this.get(ctx, id, em);
    });
  }

  async remove(ctx: SignedInContext, id: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const c = await this.findAllowed(ctx, id, 'delete', em);
      if (!EDITABLE_STATUSES.includes(c.status)) throw new Conflict(ContributionError.Locked);
      await em.delete(Contribution, id);
      await this.audit.record(em, ctx, { action: 'delete', entityType: 'Contribution', entityId: id, before: c });
    });
  }

  /** Sends drafts (or rejected ones, corrected) to the coordinator; all or none. */
  async submit(ctx: SignedInContext, ids: string[]): Promise<ContributionDetailResponse[]> {
    return this.db.transaction(async (em) => {
      const found = await this.lockAll(em, ids);
      const all = [...found.values()];
      const written = await this.written(em, all);
      const asSaved = new Map(all.map((c, i) => [c.id, written[i]]));
      this.refuse(
        ids,
        found,
        (c) => (ctx.ability.can('submit', asSaved.get(c.id)!) ? null : 'forbidden'),
        (c) => (EDITABLE_STATUSES.includes(c.status) ? null : ContributionError.Locked),
      );
      const changes = {
        status: 'submitted' as const,
        submittedAt: new Date(),
        submittedById: ctx.user.id,
        reviewedAt: null,
        reviewedById: null,
      };
      await em.update(Contribution, { id: In([...found.keys()]) }, changes);
      for (const c of found.values()) {
        await this.audit.record(em, ctx, {
          action: 'submit',
          entityType: 'Contribution',
          entityId: c.id,
          before: { status: c.status },
          after: { status: 'submitted' },
        });
        await this.notifications.notify(em, ctx, {
          kind: 'contribution_submitted',
          to: { role: 'coordinator' },
          params: { subject: c.description },
          link: `/contributions/${c.id}`,
        });
      }
      return this.changedDetails(ctx, ids, found, changes, em);
    });
  }

  /** Validates or rejects submitted contributions, several at once; all or none. */
  async review(ctx: SignedInContext, dto: ReviewContributionsDto): Promise<ContributionDetailResponse[]> {
    if (dto.decision === 'reject' && !dto.reason) {
      throw ValidationFailed.field('reason', ContributionError.SayWhyAuthorWillSee);
    }
    return this.db.transaction(async (em) => {
      const found = await this.lockAll(em, dto.ids);
      this.refuse(
        dto.ids,
        found,
        (c) =>
          ctx.ability.can('validate', c)
            ? null
            : c.enteredById === ctx.user.id || c.personId === ctx.user.personId
              ? ContributionError.FourEyes
              : 'forbidden',
        (c) => (c.status === 'submitted' ? null : ContributionError.NotAwaitingValidation),
      );
      const status = dto.decision === 'validate' ? ('validated' as const) : ('rejected' as const);
      const rejectionReason = status === 'rejected' ? dto.reason! : null;
      const changes = { status, reviewedAt: new Date(), reviewedById: ctx.user.id, rejectionReason };
      await em.update(Contribution, { id: In([...found.keys()]) }, changes);
      for (const c of found.values()) {
        await this.audit.record(em, ctx, {
          action: dto.decision,
          entityType: 'Contribution',
          entityId: c.id,
          before: { status: c.status },
          after: { status, ...(rejectionReason ? { rejectionReason } : {}) },
        });
        await this.notifications.notify(em, ctx, {
          kind: status === 'validated' ? 'contribution_validated' : 'contribution_rejected',
          to: { accounts: [c.enteredById] },
          params: { subject: c.description, ...(rejectionReason ? { reason: rejectionReason } : {}) },
          link: `/contributions/${c.id}`,
        });
      }
      return this.changedDetails(ctx, dto.ids, found, changes, em);
    });
  }

  /**
   * Applies fields to a contribution and values it; returns the problems found, by field, or null.
   * Shared by create, update, correction and import, so every way in obeys the same rules.
   */
  async assign(
    c: Contribution,
    fields: ContributionFields,
    rates: RateLookup,
    keptRate?: { id: string; rateCents: number },
  ): Promise<FieldErrors | null> {
    const { quantity, amountCents, endsOn, ...rest } = fields;
    // A single day stays a single day when its start moves; a period keeps its end unless given one.
    const singleDay = !c.endsOn || c.endsOn === c.startsOn;
    Object.assign(c, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
    if (quantity !== undefined) c.quantity = String(quantity);
    if (amountCents !== undefined) c.amountCents = amountCents === null ? null : centsFrom(amountCents);
    if (endsOn !== undefined) c.endsOn = endsOn ?? c.startsOn;
    else if (singleDay) c.endsOn = c.startsOn;

    const problems: FieldErrors = {};
    const allowed = UNITS_BY_TYPE[c.type];
    if (!allowed.includes(c.unit)) {
      problems.unit = [
        msg(ContributionError.UnitNotAllowed, { units: (l) => allowed.map((u) => UNIT_LABELS[u][l]).join(', ') }),
      ];
    }
    if (c.endsOn < c.startsOn) problems.endsOn = [ContributionError.EndBeforeStart];
    if (problems.unit) return problems;

    const rate = keptRate ?? rateOn(await rates(c.type, c.unit), c.startsOn);
    const valued = valueContribution({ unit: c.unit, quantity: c.quantity, amountCents: c.amountCents }, rate);
    if (valued === 'amount_with_euro') {
      problems.amountCents = [ContributionError.SumMoneyQuantityAmountEuros];
    } else if (valued === 'no_rate') {
      problems.amountCents = [msg(ContributionError.NoRateForceUnitGive, { startsOn: c.startsOn })];
    } else {
      c.valueCents = valued.valueCents;
      c.rateId = valued.rateId;
      c.rateCents = valued.rateCents;
    }
    return Object.keys(problems).length > 0 ? problems : null;
  }

  /**
   * The group and grant a contribution is linked to must exist (a field message each, added to `problems`), and a link
   * made or changed must be one the caller may make (403 otherwise). The foreign keys back this up.
   */
  private async checkLinks(
    em: EntityManager,
    ctx: RequestContext,
    c: Contribution,
    before: Links,
    problems: FieldErrors | null,
  ): Promise<FieldErrors | null> {
    const changed = LINK_FIELDS.filter((f) => c[f] != null && c[f] !== (before[f] ?? null));
    if (changed.length === 0) return problems;
    const found = await one(
      em,
      sql`SELECT EXISTS (SELECT 1 FROM working_groups WHERE id = ${c.workingGroupId ?? null}) AS "workingGroupId",
                 EXISTS (SELECT 1 FROM grants WHERE id = ${c.grantId ?? null}) AS "grantId"`,
      { workingGroupId: col.bool, grantId: col.bool },
    );
    const unknown = changed.filter((f) => !found[f]);
    const refused = refusedLinks(
      ctx.ability,
      {
        workingGroupId: unknown.includes('workingGroupId') ? before.workingGroupId : c.workingGroupId,
        grantId: unknown.includes('grantId') ? before.grantId : c.grantId,
      },
      before,
    );
    if (refused) throw new DomainError(403, 'forbidden', Object.values(refused)[0][0], refused);
    if (unknown.length === 0) return problems;
    return { ...problems, ...Object.fromEntries(unknown.map((f) => [f, [unknownLink(f)]])) };
  }

  private async lockAll(em: EntityManager, ids: string[]): Promise<Map<string, Contribution>> {
    const rows = await em.find(Contribution, {
      where: { id: In(ids) },
      lock: { mode: 'pessimistic_write' },
      order: { id: 'ASC' },
    });
    return new Map(rows.map((c) => [c.id, c]));
  }

  /**
   * Refuses a batch as a whole, naming each refused item as `ids.<index>`: unknown (400), not theirs (403), wrong
   * state (409). `permission` gives the reason for a 403, or `'forbidden'` for the general one.
   */
  private refuse(
    ids: string[],
    found: Map<string, Contribution>,
    permission: (c: Contribution) => Text | null,
    state: (c: Contribution) => Text | null,
  ): void {
    const missing: FieldErrors = {};
    const forbidden: FieldErrors = {};
    const conflicts: FieldErrors = {};
    ids.forEach((id, i) => {
      const c = found.get(id);
      if (!c) return void (missing[`ids.${i}`] = [ContributionError.NotFound]);
      const refused = permission(c);
      if (refused)
        return void (forbidden[`ids.${i}`] = [refused === 'forbidden' ? ContributionError.MayNotDo : refused]);
      const wrong = state(c);
      if (wrong) conflicts[`ids.${i}`] = [wrong];
    });
    if (Object.keys(missing).length) throw new ValidationFailed(missing);
    if (Object.keys(forbidden).length) {
      const only = Object.values(forbidden).flat();
      const text = only.every((t) => t === ContributionError.FourEyes)
        ? ContributionError.FourEyes
        : ContributionError.MayNotDo;
      throw new DomainError(403, 'forbidden', text, forbidden);
    }
    if (Object.keys(conflicts).length) throw new Conflict(Object.values(conflicts)[0][0], conflicts);
  }
}

/** The display name of the person behind an account column. */
const NAME_OF = (column: string) =>
  sql.trusted(
    `(SELECT p.first_name || ' ' || p.last_name FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.id = ${column})`,
  );

/** What a contribution's page shows besides its list row. */
const DETAIL_COLUMNS = {
  enteredByName: col.text.nullable,
  rateId: col.uuid.nullable,
  rateLabel: col.text.nullable,
  workingGroupName: col.text.nullable,
  grantTitle: col.text.nullable,
  evidenceUrl: col.text.nullable,
  submittedById: col.uuid.nullable,
  submittedByName: col.text.nullable,
  reviewedById: col.uuid.nullable,
  reviewedByName: col.text.nullable,
  evidence: col.json<ContributionEvidenceResponse>().nullable,
};
