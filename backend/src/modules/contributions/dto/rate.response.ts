import { EnumOf, ReadAs } from '../../../common/contract';
import {
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type ContributionType,
  type ContributionUnit,
} from '../contribution-types';

/** A type of contribution and the units it is counted in (the API refuses any other); rates exist for all but euro. */
export class ContributionKindResponse {
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType') type: ContributionType;
  @EnumOf(CONTRIBUTION_UNITS, 'ContributionUnit', { isArray: true }) units: ContributionUnit[];
}

/** The value of one unit of a type from a day on; the next rate of the same type and unit ends it. */
@ReadAs('ContributionRate')
export class ContributionRateResponse {
  id: string;
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType') type: ContributionType;
  @EnumOf(CONTRIBUTION_UNITS, 'ContributionUnit') unit: ContributionUnit;
  /** YYYY-MM-DD. */
  validFrom: string;
  rateCents: number;
  label: string;
}
