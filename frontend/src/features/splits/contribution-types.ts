/** The contribution types a proportional split can count and weigh (the contributions module's list). */
export const CONTRIBUTION_TYPES = ['working_time', 'room', 'financial_participation', 'financial_management', 'hosting_tools', 'other'] as const;
