import { EnumOf, ReadAs } from '../../../common/contract';
import {
  CONTRIBUTION_STATUSES,
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type ContributionStatus,
  type ContributionType,
  type ContributionUnit,
} from '../contribution-types';
import { EVIDENCE_TYPES } from './contribution.dto';

/**
 * A contribution as the API answers it: money in integer cents, quantities as numbers, names joined. Its property
 * names are the entity's, so the ability's conditions (organisation, person, author, group, status) read it as it is.
 */
@ReadAs('Contribution')
export class ContributionResponse {
  id: string;
  /** Null for a person who gives in their own name. */
  organisationId: string | null;
  organisationName: string | null;
  /** Who gave it. */
  personId: string | null;
  personName: string | null;
  /** The account that typed it in. */
  enteredById: string;
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType') type: ContributionType;
  @EnumOf(CONTRIBUTION_UNITS, 'ContributionUnit') unit: ContributionUnit;
  /** Calendar days, YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  quantity: number;
  /** A justified value given instead of the rate table. */
  amountCents: number | null;
  /** The rate it was valued with, per unit. */
  rateCents: number | null;
  valueCents: number;
  description: string;
  workingGroupId: string | null;
  grantId: string | null;
  @EnumOf(CONTRIBUTION_STATUSES, 'ContributionStatus') status: ContributionStatus;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  rejectionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** No organisation is credited, or one the person who gave it belongs to (what some roles' write rules require). */
  creditedToGiver: boolean;
}

/** The file attached as evidence; its bytes come from `GET /contributions/:id/evidence`. */
export class ContributionEvidenceResponse {
  fileName: string;
  @EnumOf(EVIDENCE_TYPES, 'EvidenceContentType') contentType: (typeof EVIDENCE_TYPES)[number];
  /** Bytes. */
  size: number;
  uploadedAt: Date;
}

@ReadAs('Contribution')
export class ContributionDetailResponse extends ContributionResponse {
  /** Null when there is no link, or when the reader may not read the group or grant linked. */
  workingGroupName: string | null;
  grantTitle: string | null;
  enteredByName: string | null;
  submittedById: string | null;
  submittedByName: string | null;
  reviewedById: string | null;
  reviewedByName: string | null;
  rateId: string | null;
  rateLabel: string | null;
  evidenceUrl: string | null;
  evidence: ContributionEvidenceResponse | null;
}

export class ContributionPageResponse {
  items: ContributionResponse[];
  total: number;
  /** Value of every contribution the filters match, not only this page's. */
  totalValueCents: number;
  page: number;
  pageSize: number;
}

/** One group of the totals: the dimensions asked for are set, the others absent. */
export class ContributionTotalResponse {
  organisationId?: string | null;
  organisationName?: string | null;
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType', { required: false }) type?: ContributionType;
  @EnumOf(CONTRIBUTION_UNITS, 'ContributionUnit', { required: false }) unit?: ContributionUnit;
  workingGroupId?: string | null;
  grantId?: string | null;
  @EnumOf(CONTRIBUTION_STATUSES, 'ContributionStatus', { required: false }) status?: ContributionStatus;
  /** First day of the month, quarter or year. */
  period?: string;
  count: number;
  valueCents: number;
  /** Only when grouped by unit: hours and room-days do not add up. */
  quantity?: number;
}
