export const CONTRIBUTION_TYPES = ['working_time', 'room', 'financial_participation', 'financial_management', 'hosting_tools', 'other'] as const;
export type ContributionType = (typeof CONTRIBUTION_TYPES)[number];

export const CONTRIBUTION_UNITS = ['hour', 'day', 'room_day', 'room_half_day', 'month', 'unit', 'euro'] as const;
export type ContributionUnit = (typeof CONTRIBUTION_UNITS)[number];

/** The units each type is counted in (the API refuses any other). */
export const UNITS_BY_TYPE: Record<ContributionType, readonly ContributionUnit[]> = {
  working_time: ['hour', 'day'],
  room: ['room_day', 'room_half_day'],
  financial_participation: ['euro'],
  financial_management: ['hour', 'day', 'euro'],
  hosting_tools: ['month', 'euro'],
  other: ['unit', 'euro'],
};

export const CONTRIBUTION_STATUSES = ['draft', 'submitted', 'validated', 'rejected'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];
export const EDITABLE_STATUSES: readonly ContributionStatus[] = ['draft', 'rejected'];

export interface Contribution {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
  personName: string | null;
  enteredById: string;
  type: ContributionType;
  unit: ContributionUnit;
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
  quantity: number;
  amountCents: number | null;
  rateCents: number | null;
  valueCents: number;
  description: string;
  workingGroupId: string | null;
  grantId: string | null;
  status: ContributionStatus;
  submittedAt: string | null;
  reviewedAt: string | null;
  rejectionReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContributionDetail extends Contribution {
  /** Null without a link, or when the reader may not see the group or grant linked. */
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
  evidence: { fileName: string; contentType: string; size: number; uploadedAt: string } | null;
}

export interface ContributionPage {
  items: Contribution[];
  total: number;
  totalValueCents: number;
  page: number;
  pageSize: number;
}

export interface ContributionFilters {
  organisationId?: string;
  personId?: string;
  type?: ContributionType;
  status?: ContributionStatus;
  from?: string;
  to?: string;
  workingGroupId?: string;
}

export const CONTRIBUTION_SORTS = ['startsOn', 'valueCents', 'createdAt', 'status', 'type'] as const;

export interface ContributionListQuery extends ContributionFilters {
  sort?: (typeof CONTRIBUTION_SORTS)[number];
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export type TotalDimension = 'organisation' | 'type' | 'unit' | 'workingGroup' | 'grant' | 'status' | 'period';

export interface TotalRow {
  organisationId?: string | null;
  organisationName?: string | null;
  type?: ContributionType;
  unit?: ContributionUnit;
  status?: ContributionStatus;
  period?: string;
  count: number;
  valueCents: number;
  quantity?: number;
}

/** Body of POST and PATCH. */
export interface ContributionInput {
  organisationId: string | null;
  personId: string | null;
  type: ContributionType;
  unit: ContributionUnit;
  startsOn: string;
  endsOn: string | null;
  quantity: number;
  amountCents: number | null;
  description: string;
  evidenceUrl: string | null;
  workingGroupId: string | null;
  grantId: string | null;
}

export interface Rate {
  id: string;
  type: ContributionType;
  unit: ContributionUnit;
  validFrom: string;
  rateCents: number;
  label: string;
}

export interface InKindAccount {
  type: ContributionType;
  chargeAccount: string | null;
  chargeLabel: string | null;
  productAccount: string | null;
  productLabel: string | null;
}

export interface AccountTotal {
  account: string;
  label: string | null;
  valueCents: number;
}

export interface InKindStatement {
  year: number;
  organisationId: string | null;
  organisationName: string | null;
  lines: (Omit<InKindAccount, 'chargeAccount' | 'productAccount'> & {
    chargeAccount: string;
    productAccount: string;
    quantities: { unit: ContributionUnit; quantity: number }[];
    valueCents: number;
  })[];
  charges: AccountTotal[];
  products: AccountTotal[];
  totalCents: number;
  excluded: { type: ContributionType; valueCents: number }[];
}
