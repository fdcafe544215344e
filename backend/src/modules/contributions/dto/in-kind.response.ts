import { EnumOf, ReadAs } from '../../../common/contract';
import {
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type ContributionType,
  type ContributionUnit,
} from '../contribution-types';

/** Where a type of contribution goes in the statement: a use account (86) and a resource account (87), or none. */
@ReadAs('InKindAccount')
export class InKindAccountResponse {
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType') type: ContributionType;
  chargeAccount: string | null;
  chargeLabel: string | null;
  productAccount: string | null;
  productLabel: string | null;
}

export class UnitQuantityResponse {
  @EnumOf(CONTRIBUTION_UNITS, 'ContributionUnit') unit: ContributionUnit;
  quantity: number;
}

/** One type of contribution with the accounts it goes to. */
export class StatementLineResponse {
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType') type: ContributionType;
  chargeAccount: string;
  chargeLabel: string | null;
  productAccount: string;
  productLabel: string | null;
  quantities: UnitQuantityResponse[];
  valueCents: number;
}

export class AccountTotalResponse {
  account: string;
  label: string | null;
  valueCents: number;
}

/** Validated contributions of a type that has no account (a financial participation is money, not in kind). */
export class ExcludedTypeResponse {
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType') type: ContributionType;
  valueCents: number;
}

/** The yearly statement of « contributions volontaires en nature » (ANC regulation 2018-06, accounts 86 and 87). */
export class InKindStatementResponse {
  year: number;
  /** Null: the whole network's statement. */
  organisationId: string | null;
  organisationName: string | null;
  /** One line per type that has accounts. */
  lines: StatementLineResponse[];
  /** Debits of class 86 (uses) and credits of class 87 (contributions), summed per account: they balance. */
  charges: AccountTotalResponse[];
  products: AccountTotalResponse[];
  totalCents: number;
  excluded: ExcludedTypeResponse[];
}
