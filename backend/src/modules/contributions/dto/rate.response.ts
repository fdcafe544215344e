import { EnumOf, ReadAs } from '../../../common/contract';
import { CONTRIBUTION_TYPES, CONTRIBUTION_UNITS, type ContributionType, type ContributionUnit } from '../contribution-types';

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
