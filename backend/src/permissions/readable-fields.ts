/**
 * The partial field lists the ability grants (see ability.ts), as the API answers them. They sit here, beside the
 * rules, so the ability depends on no domain; each domain checks at compile time that they name its response's fields
 * (a field added to a response stays hidden from these readers until it is added here).
 */

/** What every reader of a group sees: its response fields but the volunteer pipeline counts (`pipeline`, `overdue`). */
export const GROUP_FIELDS_WITHOUT_PIPELINE = [
  'id',
  'name',
  'mission',
  'status',
  'mailingList',
  'chatChannel',
  'meetingRhythm',
  'welcomeWithinDays',
  'strategyActionIds',
  'createdAt',
  'updatedAt',
  'roles',
  'gaps',
  'terms',
] as const;

/** What of a term a reader outside the people directory sees: who holds which role when, not their address. */
export const TERM_FIELDS_WITHOUT_CONTACT = [
  'id',
  'groupId',
  'personId',
  'firstName',
  'lastName',
  'role',
  'startedOn',
  'endedOn',
  'current',
] as const;

/**
 * What a COPIL member may read of a mission: everything but the daily rate and the money derived from it
 * (`dailyRateCents`, `budgetedCents`, `usedCents`, `monthsCents`).
 */
export const MISSION_FIELDS_WITHOUT_RATE = [
  'id',
  'contractorPersonId',
  'contractorName',
  'company',
  'title',
  'jobDescription',
  'startsOn',
  'endsOn',
  'daysPerMonth',
  'hoursPerDay',
  'grantId',
  'budgetLineId',
  'budgetedDays',
  'usedDays',
  'overBudgetMonths',
  'months',
  'createdAt',
  'updatedAt',
] as const;

/**
 * What everyone signed in reads of a donation campaign: its totals, not how its gifts come in nor who stopped giving
 * (`helloassoFormType`, `helloassoFormSlug`, `lapsedDonorsCount`).
 */
export const CAMPAIGN_TOTALS_FIELDS = [
  'id',
  'name',
  'slug',
  'description',
  'goalCents',
  'startsOn',
  'endsOn',
  'publicPage',
  'raisedCents',
  'donorsCount',
  'giftsCount',
  'archivedAt',
] as const;

/** Compile-time check for a domain: every name of `Fields` is a key of its response `T` (an error otherwise). */
export type FieldsOf<T, Fields extends readonly (keyof T)[]> = Fields;
