/** An approved split as the public transparency page shows it: organisations and amounts, nothing else. */
export interface PublishedSplit {
  id: string;
  title: string;
  /** The year it was approved (Paris). */
  year: number;
  totalCents: number;
  grantIds: string[];
  lines: { organisationName: string; amountCents: number }[];
}
