/** The vocabulary of funding: every enumeration the entities store and the DTOs accept. */

export const FUNDER_KINDS = ['foundation', 'public_body', 'company', 'individual', 'campaign'] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

export const GRANT_STATUSES = ['prospect', 'drafting', 'applied', 'granted', 'refused', 'closed'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/** A grant can be created at any of these (recording an application already sent, or a past decision). */
export const INITIAL_STATUSES = [
  'prospect',
  'drafting',
  'applied',
  'granted',
  'refused',
] as const satisfies readonly GrantStatus[];

/**
 * Where a grant may go from each status. `closed` ends a granted grant once its final report is accepted, or
 * shelves a prospect nobody pursues; a funder asking for a revised application sends it back to drafting.
 */
export const STATUS_TRANSITIONS: Readonly<Record<GrantStatus, readonly GrantStatus[]>> = {
  prospect: ['drafting', 'applied', 'closed'],
  drafting: ['prospect', 'applied', 'closed'],
  applied: ['drafting', 'granted', 'refused'],
  granted: ['closed'],
  refused: [],
  closed: [],
};

/** Money comes in and is spent only once the funder has said yes. */
export const ACTIVE_STATUSES = ['granted', 'closed'] as const satisfies readonly GrantStatus[];
/** Applications still open: their deadline matters, and so does what the funder is still owed. */
export const OPEN_APPLICATION_STATUSES = ['prospect', 'drafting', 'applied'] as const satisfies readonly GrantStatus[];

/**
 * Budget categories, each with the account of the French associations' chart of accounts the funder's financial
 * report (CERFA 15059) files it under.
 */
export const BUDGET_CATEGORIES = ['staff', 'contractors', 'events', 'travel', 'tools', 'fees', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
export const CATEGORY_ACCOUNTS: Readonly<Record<BudgetCategory, BudgetAccount>> = {
  staff: '64',
  contractors: '62',
  events: '61',
  travel: '62',
  tools: '60',
  fees: '62',
  other: '65',
};

/** The accounts a budget line may carry: charges by nature (60–68), products by nature (70–78). */
export const CHARGE_ACCOUNTS = ['60', '61', '62', '63', '64', '65', '66', '67', '68'] as const;
export const PRODUCT_ACCOUNTS = ['70', '71', '72', '73', '74', '75', '76', '77', '78'] as const;
export const BUDGET_ACCOUNTS = [...CHARGE_ACCOUNTS, ...PRODUCT_ACCOUNTS] as const;
export type BudgetAccount = (typeof BUDGET_ACCOUNTS)[number];
export const isProductAccount = (account: string) => account.startsWith('7');

export const REPORT_KINDS = ['interim', 'final_financial', 'final_activity', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['due', 'sent', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const DOCUMENT_KINDS = ['application', 'agreement', 'budget', 'report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const CURRENCIES = ['EUR'] as const;

/**
 * Legal thresholds (France). A public grant over 23 000 € needs a written agreement (décret 2001-495); an association
 * receiving more than 153 000 € of public grants in a year must have its accounts audited (code de commerce, L612-4).
 */
export const AGREEMENT_THRESHOLD_CENTS = 2_300_000;
export const PUBLIC_AUDIT_THRESHOLD_CENTS = 15_300_000;

export const DEADLINE_KINDS = ['application', 'report', 'instalment'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Where a deliverable promised to the funder stands. */
export const DELIVERABLE_STATUSES = ['planned', 'in_progress', 'delivered', 'cancelled'] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];
