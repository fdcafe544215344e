import { centsFrom, formatPlainEuros, sumCents } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { NotFound, ValidationFailed } from '../../common/errors';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { contributionScope } from './contribution-queries';
import { CONTRIBUTION_TYPES, TYPE_LABELS, type ContributionType, type ContributionUnit } from './contribution-types';
import type { StatementQuery } from './dto/contribution.dto';
import type { UpdateInKindAccountDto } from './dto/rate.dto';
import type {
  AccountTotalResponse,
  InKindAccountResponse,
  InKindStatementResponse,
  StatementLineResponse,
} from './dto/in-kind.response';
import { InKindAccount } from './in-kind-account.entity';
import type { Organisation } from '../organisations/organisation.entity';
import { ContributionError } from './contributions.errors';

const accountView = ({
  type,
  chargeAccount,
  chargeLabel,
  productAccount,
  productLabel,
}: InKindAccount): InKindAccountResponse => ({ type, chargeAccount, chargeLabel, productAccount, productLabel });

const byAccount = (lines: StatementLineResponse[], side: 'charge' | 'product'): AccountTotalResponse[] => {
  const totals = new Map<string, AccountTotalResponse>();
  for (const l of lines) {
    const account = side === 'charge' ? l.chargeAccount : l.productAccount;
    const label = side === 'charge' ? l.chargeLabel : l.productLabel;
    const t = totals.get(account) ?? { account, label, valueCents: 0 };
    t.valueCents += l.valueCents;
    totals.set(account, t);
  }
  return [...totals.values()].sort((a, b) => a.account.localeCompare(b.account));
};

/** The yearly statement of « contributions volontaires en nature » (ANC regulation 2018-06, accounts 86 and 87). */
@Injectable()
export class InKindService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async accounts(): Promise<InKindAccountResponse[]> {
    const rows = await this.db.getRepository(InKindAccount).find();
    return CONTRIBUTION_TYPES.map((type) => rows.find((r) => r.type === type))
      .filter((r): r is InKindAccount => Boolean(r))
      .map(accountView);
  }

  async updateAccount(ctx: SignedInContext, type: string, dto: UpdateInKindAccountDto): Promise<InKindAccountResponse> {
    if (!CONTRIBUTION_TYPES.includes(type as ContributionType)) throw new NotFound(ContributionError.UnknownType);
    if (Boolean(dto.chargeAccount) !== Boolean(dto.productAccount)) {
      const field = dto.chargeAccount ? 'productAccount' : 'chargeAccount';
      throw ValidationFailed.field(field, ContributionError.BothAccounts8687None);
    }
    return this.db.transaction(async (em) => {
      const row =
        (await em.findOne(InKindAccount, {
          where: { type: type as ContributionType },
          lock: { mode: 'pessimistic_write' },
        })) ?? em.create(InKindAccount, { type: type as ContributionType });
      const before = { ...row };
      Object.assign(row, {
        chargeAccount: dto.chargeAccount ?? null,
        chargeLabel: dto.chargeLabel ?? null,
        productAccount: dto.productAccount ?? null,
        productLabel: dto.productLabel ?? null,
      });
      const saved = await em.save(row);
      await this.audit.recordUpdate(em, ctx, 'InKindAccount', type, before, saved);
      return accountView(saved);
    });
  }

  async statement(ctx: RequestContext, q: StatementQuery): Promise<InKindStatementResponse> {
    const organisation = q.organisationId
      ? await this.db.getRepository<Organisation>('Organisation').findOneBy({ id: q.organisationId })
      : null;
    if (q.organisationId && !organisation) throw new NotFound(ContributionError.OrganisationNotFound);
    const scope = contributionScope(
      this.db.manager,
      {
        statuses: ['validated'],
        from: `${q.year}-01-01`,
        to: `${q.year}-12-31`,
        organisationIds: q.organisationId ? [q.organisationId] : undefined,
      },
      ctx.ability,
    );
    const sums = await scope
      .select('c.type', 'type')
      .addSelect('c.unit', 'unit')
      .addSelect('sum(c.quantity)', 'quantity')
      .addSelect('sum(c.value_cents)', 'valueCents')
      .groupBy('c.type')
      .addGroupBy('c.unit')
      .getRawMany<{ type: ContributionType; unit: ContributionUnit; quantity: string; valueCents: string }>();
    const accounts = new Map((await this.accounts()).map((a) => [a.type, a]));
    const lines: StatementLineResponse[] = [];
    const excluded: InKindStatementResponse['excluded'] = [];
    for (const type of CONTRIBUTION_TYPES) {
      const ofType = sums.filter((s) => s.type === type);
      if (ofType.length === 0) continue;
      const valueCents = sumCents(ofType.map((s) => centsFrom(s.valueCents)));
      const a = accounts.get(type);
      if (!a?.chargeAccount || !a.productAccount) {
        excluded.push({ type, valueCents });
        continue;
      }
      lines.push({
        type,
        chargeAccount: a.chargeAccount,
        chargeLabel: a.chargeLabel,
        productAccount: a.productAccount,
        productLabel: a.productLabel,
        quantities: ofType.map((s) => ({ unit: s.unit, quantity: Number(s.quantity) })),
        valueCents,
      });
    }
    return {
      year: q.year,
      organisationId: organisation?.id ?? null,
      organisationName: organisation?.name ?? null,
      lines,
      charges: byAccount(lines, 'charge'),
      products: byAccount(lines, 'product'),
      totalCents: lines.reduce((sum, l) => sum + l.valueCents, 0),
      excluded,
    };
  }

  /** The statement as a spreadsheet: one row per account, debits (86) then credits (87), amounts in euros. */
  async statementCsv(ctx: RequestContext, q: StatementQuery): Promise<{ fileName: string; csv: string }> {
    const s = await this.statement(ctx, q);
    const fr = ctx.locale === 'fr';
    const euros = (cents: number) => formatPlainEuros(cents, ctx.locale);
    const rows: string[][] = [
      fr ? ['compte', 'libellé', 'sens', 'montant_euros'] : ['account', 'label', 'side', 'amount_euros'],
      ...s.charges.map((c) => [c.account, c.label ?? '', fr ? 'débit' : 'debit', euros(c.valueCents)]),
      ...s.products.map((p) => [p.account, p.label ?? '', fr ? 'crédit' : 'credit', euros(p.valueCents)]),
      ...s.excluded.map((e) => [
        '',
        `${TYPE_LABELS[e.type][ctx.locale]} (${fr ? 'hors contributions en nature' : 'not in kind'})`,
        '',
        euros(e.valueCents),
      ]),
    ];
    const who = s.organisationName
      ? s.organisationName
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
      : fr
        ? 'reseau'
        : 'network';
    return {
      fileName: `contributions-en-nature-${q.year}-${who}.csv`,
      csv: '\uFEFF' + stringify(rows, { delimiter: fr ? ';' : ',' }),
    };
  }
}
