/** What a contribution in kind can be, and the units each kind is counted in. */
export const CONTRIBUTION_TYPES = [
  'working_time',
  'room',
  'financial_participation',
  'financial_management',
  'hosting_tools',
  'other',
] as const;
export type ContributionType = (typeof CONTRIBUTION_TYPES)[number];

export const CONTRIBUTION_UNITS = ['hour', 'day', 'room_day', 'room_half_day', 'month', 'unit', 'euro'] as const;
export type ContributionUnit = (typeof CONTRIBUTION_UNITS)[number];

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

/** Statuses whose content its author may still change; validated ones only the coordinator corrects. */
export const EDITABLE_STATUSES: readonly ContributionStatus[] = ['draft', 'rejected'];

/** Labels for messages and exports (the UI has its own dictionaries). */
export const TYPE_LABELS: Record<ContributionType, { fr: string; en: string }> = {
  working_time: { fr: 'Temps de travail', en: 'Working time' },
  room: { fr: 'Mise à disposition de salle', en: 'Room or venue lent' },
  financial_participation: { fr: 'Participation financière', en: 'Financial participation' },
  financial_management: { fr: 'Gestion financière', en: 'Financial management' },
  hosting_tools: { fr: 'Outils ou hébergement', en: 'Tools or hosting' },
  other: { fr: 'Autre', en: 'Other' },
};

export const UNIT_LABELS: Record<ContributionUnit, { fr: string; en: string }> = {
  hour: { fr: 'heure', en: 'hour' },
  day: { fr: 'jour', en: 'day' },
  room_day: { fr: 'journée de salle', en: 'room-day' },
  room_half_day: { fr: 'demi-journée de salle', en: 'room half-day' },
  month: { fr: 'mois', en: 'month' },
  unit: { fr: 'unité', en: 'unit' },
  euro: { fr: 'euro', en: 'euro' },
};
