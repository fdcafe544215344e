import type { FunderKind, GrantStatus } from './funding-types';
import type { FundingAlert } from './funding-alerts.service';
import type { GrantFigures } from './grant-figures';
import type { GrantBudgetLine } from './grant-budget-line.entity';
import type { GrantDocument } from './grant-document.entity';
import type { GrantInstalment } from './grant-instalment.entity';
import type { GrantReport } from './grant-report.entity';
import type { GrantStatusChange } from './grant-status-change.entity';
import type { Grant } from './grant.entity';

/** What the API answers about grants: the row, its funder's name, and the figures worked out from its rows. */
export type GrantFields = Omit<Grant, 'funder'>;

export interface GrantListItem extends GrantFields {
  funderName: string;
  funderKind: FunderKind;
  receivedCents: number;
  toComeCents: number;
  overdueInstalments: number;
  plannedCents: number;
  spentCents: number;
}

export interface GrantListTotals {
  requestedCents: number;
  grantedCents: number;
  receivedCents: number;
  toComeCents: number;
}

export interface GrantDetail extends GrantFields {
  funder: { id: string; name: string; kind: FunderKind };
  figures: GrantFigures;
  history: Omit<GrantStatusChange, 'grant'>[];
  instalments: (Omit<GrantInstalment, 'grant'> & { overdue: boolean })[];
  budgetLines: (Omit<GrantBudgetLine, 'grant'> & { spentCents: number })[];
  reports: (Omit<GrantReport, 'grant'> & { overdue: boolean })[];
  documents: Omit<GrantDocument, 'grant'>[];
  alerts: FundingAlert[];
}

/** A grant's money as other modules (fund splits) need it. */
export interface GrantAmounts {
  id: string;
  title: string;
  funderName: string;
  status: GrantStatus;
  amountRequestedCents: number;
  amountGrantedCents: number | null;
  receivedCents: number;
  startsOn: string | null;
  endsOn: string | null;
}
