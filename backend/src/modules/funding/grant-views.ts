import type { GrantStatus } from './funding-types';

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

/** A grant as the public transparency page shows it: nothing but what the network chose to publish. */
export interface PublishedGrant {
  id: string;
  title: string;
  /** Null when the funder is a private person. */
  funderName: string | null;
  /** The year it was granted. */
  year: number;
  amountGrantedCents: number;
  receivedCents: number;
}
