import { EnumOf } from '../../../common/contract';
import { CONTRIBUTION_TYPES, type ContributionType } from '../../contributions/contribution-totals.service';

export class TransparencySettingsResponse {
  enabled: boolean;
}

/** A grant the network published: its funder (unless a private person), the year it was granted, what came in. */
export class PublicGrantResponse {
  title: string;
  funderName: string | null;
  year: number;
  amountGrantedCents: number;
  receivedCents: number;
}

export class PublicSplitLineResponse {
  organisationName: string;
  amountCents: number;
}

/** An approved split the network published: how much went to each member organisation. */
export class PublicSplitResponse {
  title: string;
  /** The year it was approved. */
  year: number;
  totalCents: number;
  /** The grants it shares out, those published only. */
  grantTitles: string[];
  lines: PublicSplitLineResponse[];
}

/** Validated contributions in kind of a year, valued, for one organisation and type. */
export class PublicInKindResponse {
  year: number;
  /** Null: what people gave in their own name (they are not named). */
  organisationName: string | null;
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType') type: ContributionType;
  count: number;
  valueCents: number;
}

/** What the network chose to publish; nothing about people. */
export class PublicTransparencyResponse {
  grants: PublicGrantResponse[];
  splits: PublicSplitResponse[];
  inKind: PublicInKindResponse[];
}
